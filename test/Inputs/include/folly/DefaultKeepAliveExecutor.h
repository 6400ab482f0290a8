// Mirrors folly/DefaultKeepAliveExecutor.h (folly::DefaultKeepAliveExecutor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Executor.h>

namespace folly {

class DefaultKeepAliveExecutor : public virtual Executor {
 public:
  virtual ~DefaultKeepAliveExecutor() override {}
};

} // namespace folly
