// Mirrors folly/executors/ScheduledExecutor.h (folly::ScheduledExecutor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>
#include <utility>

#include <folly/Executor.h>

namespace folly {

class ScheduledExecutor : public virtual Executor {
 public:
  using Duration = std::chrono::microseconds;
  using TimePoint = std::chrono::steady_clock::time_point;

  ~ScheduledExecutor() override = default;

  void add(Func) override = 0;
  void schedule(Func&& a) { add(std::move(a)); }
  void schedule(Func&& a, Duration const&) { add(std::move(a)); }
  virtual void scheduleAt(Func&& a, TimePoint const&) { add(std::move(a)); }
  virtual TimePoint now() { return std::chrono::steady_clock::now(); }
};

} // namespace folly
