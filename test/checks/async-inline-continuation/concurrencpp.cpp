// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -isystem %inputs

// concurrencpp (mock headers in test/Inputs/include): when_all with an
// inline resume executor, and result_promise::set_result under a lock.

#include <concurrencpp/concurrencpp.h>

#include <memory>
#include <mutex>
#include <utility>

std::mutex Mutex;

void concurrencppWhenAll(std::shared_ptr<concurrencpp::inline_executor> Inline,
                         std::shared_ptr<concurrencpp::thread_pool_executor> Pool,
                         concurrencpp::result<int> R1,
                         concurrencpp::result<int> R2) {
  concurrencpp::when_all(Inline, std::move(R1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'concurrencpp::when_all' with an inline executor runs the continuation inline on the thread that completes the work, so one that blocks or takes a lock held there deadlocks; pass a real executor (a thread pool or worker thread) as the resume executor [async-inline-continuation]
  concurrencpp::when_all(Pool, std::move(R2));
}

void concurrencppUnderLock(concurrencpp::result_promise<int> &P) {
  std::lock_guard<std::mutex> Lock(Mutex);
  P.set_result(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'concurrencpp::result_promise::set_result' resumes waiting coroutines inline on this thread while 'Lock' is held
}

void concurrencppNegatives(concurrencpp::result_promise<int> &P) {
  {
    std::lock_guard<std::mutex> Lock(Mutex);
  }
  P.set_result(2);
}
