// Mirrors folly/executors/SequencedExecutor.h (folly::SequencedExecutor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Executor.h>

namespace folly {

/// An executor that runs tasks in the order they were added (no overlap).
class SequencedExecutor : public virtual Executor {
 public:
  virtual ~SequencedExecutor() override {}
};

} // namespace folly
