// Mirrors folly/executors/DrivableExecutor.h (folly::DrivableExecutor::drive). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Executor.h>

namespace folly {

/// An executor that is driven by a blocking call to drive() on the caller's thread.
class DrivableExecutor : public virtual Executor {
 public:
  ~DrivableExecutor() override = default;

  virtual void drive() = 0;
};

} // namespace folly
