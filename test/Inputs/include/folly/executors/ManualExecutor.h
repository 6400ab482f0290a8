// Mirrors folly/executors/ManualExecutor.h (folly::ManualExecutor: run, step, wait, makeProgress, drive). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstddef>

#include <folly/executors/DrivableExecutor.h>
#include <folly/executors/ScheduledExecutor.h>
#include <folly/executors/SequencedExecutor.h>

namespace folly {

/// Work is run only when the owner calls run()/drive()/makeProgress() (blocking).
class ManualExecutor
    : public DrivableExecutor,
      public ScheduledExecutor,
      public SequencedExecutor {
 public:
  ManualExecutor() = default;
  ~ManualExecutor() override = default;

  void add(Func) override {}
  size_t run() { return 0; }
  size_t step() { return 0; }
  void wait() {}
  void makeProgress() {
    wait();
    run();
  }
  void drive() override { makeProgress(); }
  size_t clear() { return 0; }
};

} // namespace folly
