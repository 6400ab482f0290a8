// Mirrors folly/executors/IOExecutor.h (folly::IOExecutor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Executor.h>

namespace folly {

class EventBase;

class IOExecutor : public virtual folly::Executor {
 public:
  ~IOExecutor() override = default;
  virtual folly::EventBase* getEventBase() = 0;
};

} // namespace folly
