// Notes with the mock headers: a user future (async_tidy_test/user_tcs.h)
// whose chaining and blocking functions come from the configuration, and an
// HPX future whose wait() is inherited from a base class.
// RUN: %check_async_tidy %s async-task-chaining %t -- \
// RUN:   -config="{CheckOptions: {async.ChainingFunctions: 'mylib::future::then', async.BlockingFunctions: 'mylib::future::wait;mylib::future::get'}}" \
// RUN:   -- -isystem %inputs

#include <async_tidy_test/user_tcs.h>
#include <hpx/future.hpp>
#include <utility>

class Journal {
public:
  void append() {
    tail_ = tail_.then([] {});
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'tail_' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with an async mutex, strand or serial executor instead [async-task-chaining]
    // CHECK-NOTES: :[[@LINE+8]]:23: note: 'tail_' holds the tail of the chain
    // CHECK-NOTES: :[[@LINE+3]]:18: note: blocking on the tail of the chain here deadlocks if a link needs this thread
    // CHECK-NOTES: :[[@LINE+3]]:23: note: blocking on the tail of the chain here deadlocks if a link needs this thread
  }
  void flush() { tail_.wait(); }
  void read() { (void)tail_.get(); }

private:
  mylib::future<void> tail_;
};

class Stepper {
public:
  void step() {
    last_ = last_.then([](hpx::future<void>) {});
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with 'hpx::mutex' or an HPX semaphore instead [async-task-chaining]
    // CHECK-NOTES: :[[@LINE+6]]:21: note: 'last_' holds the tail of the chain
    // CHECK-NOTES: :[[@LINE+2]]:18: note: blocking on the tail of the chain here deadlocks if a link needs this thread
  }
  void flush() { last_.wait(); }

private:
  hpx::future<void> last_ = hpx::make_ready_future();
};
