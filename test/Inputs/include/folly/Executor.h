// Mirrors folly/Executor.h (folly::Executor, Executor::KeepAlive<>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <climits>
#include <cstdint>
#include <type_traits>
#include <utility>

#include <folly/Function.h>

namespace folly {

using Func = Function<void()>;

class Executor;

/// Keep-alive token for an executor; implicitly constructible from
/// `Executor*` (as in folly).
template <typename ExecutorT = Executor>
class ExecutorKeepAlive {
 public:
  ExecutorKeepAlive() = default;
  template <
      typename OtherExecutor,
      std::enable_if_t<std::is_convertible<OtherExecutor*, ExecutorT*>::value,
                       int> = 0>
  /* implicit */ ExecutorKeepAlive(OtherExecutor* executor) noexcept
      : ptr_(executor) {}
  template <
      typename OtherExecutor,
      std::enable_if_t<std::is_convertible<OtherExecutor*, ExecutorT*>::value,
                       int> = 0>
  /* implicit */ ExecutorKeepAlive(
      ExecutorKeepAlive<OtherExecutor>&& other) noexcept
      : ptr_(other.get()) {}
  template <
      typename OtherExecutor,
      std::enable_if_t<std::is_convertible<OtherExecutor*, ExecutorT*>::value,
                       int> = 0>
  /* implicit */ ExecutorKeepAlive(
      const ExecutorKeepAlive<OtherExecutor>& other) noexcept
      : ptr_(other.get()) {}
  ExecutorKeepAlive(const ExecutorKeepAlive&) noexcept = default;
  ExecutorKeepAlive(ExecutorKeepAlive&&) noexcept = default;
  ExecutorKeepAlive& operator=(const ExecutorKeepAlive&) noexcept = default;
  ExecutorKeepAlive& operator=(ExecutorKeepAlive&&) noexcept = default;

  ExecutorT* get() const noexcept { return ptr_; }
  ExecutorT* operator->() const noexcept { return ptr_; }
  ExecutorT& operator*() const noexcept { return *ptr_; }
  explicit operator bool() const noexcept { return ptr_ != nullptr; }
  void reset() noexcept { ptr_ = nullptr; }
  ExecutorKeepAlive copy() const noexcept { return *this; }
  ExecutorKeepAlive get_alias() const noexcept { return *this; }

 private:
  ExecutorT* ptr_ = nullptr;
};

class Executor {
 public:
  virtual ~Executor() = default;

  /// Enqueue a function to be executed by this executor.
  virtual void add(Func) = 0;

  virtual void addWithPriority(Func func, int8_t /*priority*/) {
    add(std::move(func));
  }

  virtual uint8_t getNumPriorities() const { return 1; }

  static constexpr int8_t LO_PRI = SCHAR_MIN;
  static constexpr int8_t MID_PRI = 0;
  static constexpr int8_t HI_PRI = SCHAR_MAX;

  template <typename ExecutorT = Executor>
  using KeepAlive = ExecutorKeepAlive<ExecutorT>;

  template <typename ExecutorT>
  static KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT* executor) {
    return KeepAlive<ExecutorT>(executor);
  }
  template <typename ExecutorT>
  static KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT& executor) {
    return KeepAlive<ExecutorT>(&executor);
  }

 protected:
  virtual bool keepAliveAcquire() noexcept { return false; }
  virtual void keepAliveRelease() noexcept {}
};

template <typename ExecutorT>
Executor::KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT* executor) {
  return Executor::getKeepAliveToken(executor);
}
template <typename ExecutorT>
Executor::KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT& executor) {
  return Executor::getKeepAliveToken(&executor);
}
template <typename ExecutorT>
Executor::KeepAlive<ExecutorT> getKeepAliveToken(
    const Executor::KeepAlive<ExecutorT>& ka) {
  return ka.copy();
}

} // namespace folly
