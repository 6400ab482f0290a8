// Mirrors folly/executors/GlobalExecutor.h (folly::getGlobalCPUExecutor, getGlobalIOExecutor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Executor.h>

namespace folly {

Executor::KeepAlive<> getGlobalCPUExecutor();
Executor::KeepAlive<> getGlobalIOExecutor();

} // namespace folly
