// Mirrors folly/executors/CPUThreadPoolExecutor.h (folly::CPUThreadPoolExecutor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#include <folly/executors/ThreadPoolExecutor.h>

namespace folly {

class CPUThreadPoolExecutor : public ThreadPoolExecutor {
 public:
  struct Options {};

  explicit CPUThreadPoolExecutor(size_t numThreads, Options = {})
      : ThreadPoolExecutor(numThreads) {}
  explicit CPUThreadPoolExecutor(std::pair<size_t, size_t> numThreads,
                                 Options = {})
      : ThreadPoolExecutor(numThreads.second) {}
  CPUThreadPoolExecutor(size_t numThreads, int8_t /*numPriorities*/,
                        Options = {})
      : ThreadPoolExecutor(numThreads) {}
  ~CPUThreadPoolExecutor() override = default;

  void add(Func) override {}
  void add(Func func, std::chrono::milliseconds, Func) override {
    add(std::move(func));
  }
  void addWithPriority(Func, int8_t) override {}
  uint8_t getNumPriorities() const override { return 1; }
};

} // namespace folly
