// Mirrors folly/executors/QueuedImmediateExecutor.h (folly::QueuedImmediateExecutor::instance()). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/executors/InlineExecutor.h>

namespace folly {

/// Runs functions inline, queueing recursive adds until the outer one returns.
class QueuedImmediateExecutor : public InlineLikeExecutor {
 public:
  static QueuedImmediateExecutor& instance() {
    static QueuedImmediateExecutor instance_;
    return instance_;
  }

  void add(Func func) override { func(); }
};

} // namespace folly
