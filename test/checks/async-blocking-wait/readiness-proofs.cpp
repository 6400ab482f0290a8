// RUN: %check_async_tidy %s async-blocking-wait %t

// Readiness proofs shared with async-await-foreign-task (CompletionProofs):
// a loop that polls until the future is ready, futures that are members of
// other objects, and value-initialized chrono timeouts.

#include <chrono>
#include <coroutine>
#include <future>

using namespace std::chrono_literals;

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

void use(int);
void yieldNow();
std::future<int> startLookup();

struct Request {
  std::future<int> reply;
};

// Positives.

// The loop can end without the future being ready.
task pollWithBreak(std::future<int> f, bool giveUp) {
  while (f.wait_for(0s) != std::future_status::ready) {
    if (giveUp)
      break;
    yieldNow();
  }
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get'
  co_return;
}

// The polled future is replaced after the loop.
task pollThenReassigned(Request &r) {
  while (!(r.reply.wait_for(0s) == std::future_status::ready))
    yieldNow();
  r = Request{startLookup()};
  use(r.reply.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'std::future::get'
  co_return;
}

// The loop polls another request's future.
task pollOtherMember(Request &a, Request &b) {
  while (a.reply.wait_for(0s) != std::future_status::ready)
    yieldNow();
  use(b.reply.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait 'std::future::get'
  co_return;
}

// Hard negatives.

task pollUntilReady(std::future<int> f) {
  while (f.wait_for(0s) != std::future_status::ready)
    yieldNow();
  use(f.get());
  co_return;
}

task pollDoWhile(std::future<int> f) {
  do {
    for (int I = 0; I < 3; ++I)
      if (I == 1)
        break; // Leaves the inner loop only.
  } while (f.wait_for(0ms) == std::future_status::timeout);
  use(f.get());
  co_return;
}

task memberOfAnotherObject(Request &r) {
  if (r.reply.wait_for(0s) == std::future_status::ready)
    use(r.reply.get());
  co_return;
}

task valueInitializedTimeout(std::future<int> f) {
  f.wait_for(std::chrono::seconds{});
  f.wait_for(std::chrono::milliseconds());
  co_return;
}
