// Mirrors folly/executors/InlineExecutor.h (folly::InlineLikeExecutor, folly::InlineExecutor::instance()). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Executor.h>

namespace folly {

/// Runs every added function immediately, on the calling thread.
class InlineLikeExecutor : public Executor {
 public:
  virtual ~InlineLikeExecutor() override = default;
};

class InlineExecutor : public InlineLikeExecutor {
 public:
  static InlineExecutor& instance() noexcept {
    static InlineExecutor instance_;
    return instance_;
  }

  void add(Func f) override { f(); }
};

} // namespace folly
