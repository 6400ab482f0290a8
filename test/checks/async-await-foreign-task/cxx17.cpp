// RUN: %check_async_tidy %s async-await-foreign-task %t -- --quiet -- -std=c++17
//
// C++17 code without coroutines: blocking waits on foreign futures inside
// must-not-block functions (annotated, or asserting an event-loop thread
// through a configured ThreadAssertingFunctions entry would work the same).
#include <future>

class EventLoopClient {
public:
  [[clang::annotate("async::nonblocking")]] int onReady() {
    return pending_.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking wait on 'pending_', a future started elsewhere (a data member), outside a join scope can deadlock if the work that completes it needs this thread [async-await-foreign-task]
  }

  [[clang::annotate("async::nonblocking")]] int onFresh() {
    std::future<int> F = std::async(std::launch::async, [] { return 1; });
    return F.get();
  }

  int unannotated() { return pending_.get(); }

private:
  std::future<int> pending_;
};
