// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -isystem %inputs

// Seastar promises and unifex::async_manual_reset_event never resume a
// waiter inside the completing call (mock headers in test/Inputs/include):
// completing them under a lock is fine.

#include <seastar/core/future.hh>
#include <seastar/core/shared_future.hh>
#include <unifex/async_manual_reset_event.hpp>

#include <mutex>

std::mutex Mutex;

void rescheduledSources(seastar::promise<int> &SP,
                        seastar::shared_promise<int> &Shared,
                        unifex::async_manual_reset_event &UE) {
  std::lock_guard<std::mutex> Lock(Mutex);
  SP.set_value(1);
  Shared.set_value(2);
  UE.set();
}
