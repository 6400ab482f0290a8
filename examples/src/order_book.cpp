// Order fills, published to waiting coroutines through the project's own
// completion source (include/shop/task_completion_source.h).
#include "shop/task_completion_source.h"

#include <QCoroTask>
#include <map>
#include <mutex>

namespace shop {

class OrderBook {
public:
  // Hazard: set_result() resumes the coroutines awaiting fill_ inline, on
  // this thread, while mutex_ is held. If one of them calls back into the
  // book (fill(), cancel()...), it blocks on mutex_ forever.
  void fill(int orderId, int price) {
    std::lock_guard<std::mutex> lock(mutex_);
    prices_[orderId] = price;
    fill_.set_result(price);
  }

  // Correct: complete after releasing the lock.
  void cancel(int orderId) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      prices_.erase(orderId);
    }
    cancelled_.set_result(orderId);
  }

  // Hazard: the task of fill_, a member completion source, is foreign to
  // this coroutine: whoever completes it may need the thread this coroutine
  // holds.
  QCoro::Task<int> nextFillPrice() { co_return co_await fill_.get_task(); }

  // Correct: the completion source is created here, and completed by work
  // this coroutine starts.
  QCoro::Task<int> quote(int price) {
    task_completion_source<int> quoted(continuation_policy::run_async);
    quoted.set_result(price);
    co_return co_await quoted.get_task();
  }

private:
  std::mutex mutex_;
  std::map<int, int> prices_;
  // Hazard: created without continuation_policy::run_async, so set_result()
  // runs every awaiter's code inside the caller's stack frame.
  task_completion_source<int> fill_{};
  // Correct.
  task_completion_source<int> cancelled_{continuation_policy::run_async};
};

} // namespace shop
