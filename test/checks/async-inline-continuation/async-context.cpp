// RUN: %check_async_tidy %s async-inline-continuation %t -- \
// RUN:   -config="{CheckOptions: {async.CompletionFunctions: 'app::signal::raise'}}" \
// RUN:   -- -isystem %inputs

// An inline completion inside an async context (a coroutine, a continuation,
// a callback) resumes the waiter nested inside that context's step, on its
// thread: reported by default, naming the context. The same completion in
// plain code is a StrictMode finding only (see options.cpp).

#include <coro/coro.hpp>
#include <cppcoro/async_auto_reset_event.hpp>
#include <cppcoro/cancellation_registration.hpp>
#include <cppcoro/cancellation_source.hpp>
#include <cppcoro/task.hpp>
#include <folly/coro/Baton.h>
#include <folly/futures/Future.h>
#include <folly/futures/Promise.h>

#include <future>
#include <memory>

namespace app {
struct signal {
  void raise() {}
};
} // namespace app

// cppcoro issue 97: each waiter releases the next one from inside its own
// resumption; every release nests one resumption deeper.
cppcoro::task<void> worker(cppcoro::async_auto_reset_event &Event) {
  co_await Event;
  Event.set();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'cppcoro::async_auto_reset_event::set' resumes waiting coroutines inline, nested inside coroutine 'worker' on its thread, {{.*}}; await it through 'cppcoro::resume_on(scheduler, event)'
}

// A cancellation callback runs on the thread that requests cancellation,
// inside request_cancellation(); setting an event there resumes its waiter
// nested in that call (cppcoro issue 221).
void onCancel(cppcoro::cancellation_source &Source,
              cppcoro::async_auto_reset_event &Event) {
  cppcoro::cancellation_registration Registration(Source.token(),
                                                  [&Event] { Event.set(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: 'cppcoro::async_auto_reset_event::set' resumes waiting coroutines inline, nested inside continuation passed to 'cppcoro::cancellation_registration::cancellation_registration' on its thread
  Source.request_cancellation();
}

// A continuation that posts a folly::coro::Baton resumes its waiter inside
// the continuation.
void continuation(folly::Future<int> F, folly::coro::Baton &Baton) {
  std::move(F).thenValue([&Baton](int) { Baton.post(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 'folly::coro::Baton::post' resumes waiting coroutines inline, nested inside continuation passed to 'folly::Future::thenValue' on its thread
}

// libcoro without an executor, in a coroutine.
coro::task<void> producer(coro::event &Event,
                          std::unique_ptr<coro::thread_pool> &Pool) {
  Event.set();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'coro::event::set' resumes waiting coroutines inline, nested inside coroutine 'producer' on its thread, {{.*}}; pass an executor: 'set(executor)'
  Event.set(Pool);
  co_return;
}

// A configured completion function resumes inline.
cppcoro::task<void> raiser(app::signal &Signal) {
  Signal.raise();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'app::signal::raise' resumes waiting coroutines inline, nested inside coroutine 'raiser' on its thread, {{.*}}; complete it from a thread that may run the waiters
  co_return;
}

//===--- Hard negatives ----------------------------------------------------===//

// Plain code: a StrictMode finding only.
void plainSet(cppcoro::async_auto_reset_event &Event, coro::event &Lib) {
  Event.set();
  Lib.set();
}

// A plain lambda in a coroutine runs later, elsewhere: not part of it.
cppcoro::task<void> lambdaInCoroutine(cppcoro::async_auto_reset_event &Event) {
  auto Later = [&Event] { Event.set(); };
  (void)Later;
  co_return;
}

// Sources that only may resume inline (depending on how the consumer
// attached) or only wake threads are not reported in an async context.
cppcoro::task<void> mayResumeInline(folly::Promise<int> &Promise,
                                    std::promise<int> &StdPromise) {
  Promise.setValue(1);
  StdPromise.set_value(1);
  co_return;
}

// The executor overload queues the waiters.
coro::task<void> withExecutor(coro::event &Event, coro::latch &Latch,
                              std::unique_ptr<coro::thread_pool> &Pool) {
  Event.set(Pool);
  Latch.count_down(Pool, 1);
  co_return;
}
