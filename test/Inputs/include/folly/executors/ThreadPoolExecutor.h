// Mirrors folly/executors/ThreadPoolExecutor.h (folly::ThreadPoolExecutor: add, stop, join). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>

#include <folly/DefaultKeepAliveExecutor.h>

namespace folly {

class ThreadPoolExecutor : public DefaultKeepAliveExecutor {
 public:
  explicit ThreadPoolExecutor(size_t /*numThreads*/) {}
  ~ThreadPoolExecutor() override = default;

  void add(Func func) override = 0;
  virtual void add(Func func, std::chrono::milliseconds /*expiration*/,
                   Func /*expireCallback*/) {
    add(std::move(func));
  }

  size_t numThreads() const { return 0; }
  void setNumThreads(size_t) {}
  virtual void stop() {}
  virtual void join() {}
};

} // namespace folly
