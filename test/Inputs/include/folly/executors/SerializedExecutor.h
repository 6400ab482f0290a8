// Mirrors folly/executors/SerializedExecutor.h (folly::SerializedExecutor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/executors/SequencedExecutor.h>

namespace folly {

class SerializedExecutor : public SequencedExecutor {
 public:
  virtual ~SerializedExecutor() override {}
};

} // namespace folly
