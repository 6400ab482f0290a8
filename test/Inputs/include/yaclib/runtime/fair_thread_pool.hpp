// Mirrors yaclib/runtime/fair_thread_pool.hpp (yaclib::FairThreadPool, MakeFairThreadPool). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/exe/executor.hpp>
#include <yaclib/util/intrusive_ptr.hpp>

#include <cstdint>

namespace yaclib {

class FairThreadPool : public IExecutor {
public:
  explicit FairThreadPool(std::uint64_t threads = 1) { (void)threads; }
  ~FairThreadPool() noexcept override {}
  Type Tag() const noexcept override { return Type::FairThreadPool; }
  void Stop() noexcept {}
  void HardStop() noexcept {}
  void Wait() noexcept {}
};

inline IntrusivePtr<FairThreadPool> MakeFairThreadPool(std::uint64_t threads = 1) {
  return IntrusivePtr<FairThreadPool>{new FairThreadPool{threads}};
}

} // namespace yaclib
