// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -isystem %inputs

// HPX (mock headers in test/Inputs/include): then(hpx::launch::sync, f),
// where hpx::launch::sync is a static data member of struct hpx::launch,
// and promise::set_value under a lock.

#include <hpx/future.hpp>

#include <mutex>

std::mutex Mutex;

void hpxSync(hpx::future<int> F, hpx::promise<int> &P) {
  F.then(hpx::launch::sync, [](hpx::future<int>) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'hpx::launch::sync' makes 'hpx::future::then' run the continuation inline{{.*}}; use 'hpx::launch::async'
  // CHECK-FIXES: {{^}}  F.then(hpx::launch::async, [](hpx::future<int>) {});
  F.then(hpx::launch::async, [](hpx::future<int>) {});
  F.then([](hpx::future<int>) {});
  P.set_value(1);
}

void hpxUnderLock(hpx::promise<int> &P) {
  std::lock_guard<std::mutex> Lock(Mutex);
  P.set_value(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'hpx::promise::set_value' resumes waiting coroutines inline on this thread while 'Lock' is held
}

// The policy object outside a continuation call.
void policyStoredElsewhere() {
  auto const &Policy = hpx::launch::sync;
  (void)Policy;
}
