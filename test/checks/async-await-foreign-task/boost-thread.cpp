// REQUIRES: boost
// RUN: %check_async_tidy %s async-await-foreign-task %t -- --quiet -- -DBOOST_THREAD_VERSION=4 -std=c++17
//
// Boost.Thread futures (real headers, C++17, no coroutines): blocking waits
// on foreign futures inside continuations.
#include <boost/thread/future.hpp>

boost::future<int> compute();

class Service {
public:
  // --- Positives -----------------------------------------------------------

  boost::future<int> waitMemberInContinuation() {
    return compute().then([this](boost::future<int> R) {
      return R.get() + pending_.get();
      // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: blocking wait on 'pending_', a future started elsewhere (a data member), outside a join scope can deadlock if the work that completes it needs this thread [async-await-foreign-task]
    });
  }

  boost::future<void> waitSharedInContinuation() {
    return compute().then([this](boost::future<int>) {
      shared_.wait();
      // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking wait on 'shared_', a future started elsewhere (a data member)
    });
  }

  boost::future<void> waitPromiseFutureInContinuation() {
    return compute().then([this](boost::future<int>) {
      promise_.get_future().get();
      // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: blocking wait on 'promise_.get_future()', a future started elsewhere (the task of completion source 'promise_', a data member)
    });
  }

  boost::future<void> waitParameterInContinuation(boost::shared_future<int> &F) {
    return compute().then([&F](boost::future<int>) { F.get(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: blocking wait on 'F', a future started elsewhere (a reference parameter)
  }

  boost::future<void> waitCapturedLocalHoldingMember() {
    boost::shared_future<int> Copy = shared_;
    return compute().then([Copy](boost::future<int>) { Copy.wait(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:61: warning: blocking wait on 'Copy', a future started elsewhere (a local variable holding a data member)
  }

  // --- Negatives -----------------------------------------------------------

  // The antecedent passed to the continuation is ready.
  boost::future<int> antecedent() {
    return compute().then([](boost::future<int> R) { return R.get(); });
  }

  // Guarded by is_ready().
  boost::future<int> guarded() {
    return compute().then([this](boost::future<int>) {
      if (shared_.is_ready())
        return shared_.get();
      return 0;
    });
  }

  // Always a ready future.
  boost::future<int> readyMember() {
    return compute().then([this](boost::future<int>) { return ready_.get(); });
  }
  void resetReady() { ready_ = boost::make_ready_future(7); }

  // A captured local holding a future this function started.
  boost::future<void> capturedFreshLocal() {
    boost::shared_future<int> Fresh = compute().share();
    return compute().then([Fresh](boost::future<int>) { Fresh.wait(); });
  }

  // Not a continuation: a plain function.
  int plainFunction() { return pending_.get(); }

private:
  boost::future<int> pending_;
  boost::shared_future<int> shared_;
  boost::promise<int> promise_;
  boost::future<int> ready_ = boost::make_ready_future(0);
};
