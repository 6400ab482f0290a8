// Mirrors folly/executors/TimedDrivableExecutor.h (folly::TimedDrivableExecutor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>
#include <cstddef>

#include <folly/executors/DrivableExecutor.h>

namespace folly {

class TimedDrivableExecutor : public DrivableExecutor {
 public:
  void drive() noexcept override {}
  bool try_drive() noexcept { return false; }
  template <typename Rep, typename Period>
  bool try_drive_for(const std::chrono::duration<Rep, Period>&) noexcept {
    return false;
  }
  void add(Func) override {}
  size_t run() noexcept { return 0; }
  void wait() noexcept {}
  bool try_wait() noexcept { return false; }
};

} // namespace folly
