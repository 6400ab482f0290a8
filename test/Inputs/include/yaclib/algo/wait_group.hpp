// Mirrors yaclib/algo/wait_group.hpp (yaclib::WaitGroup: Add, Done, Attach, Wait, AwaitOn, AwaitInline, co_await). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/async/future.hpp>
#include <yaclib/coro/await.hpp>

#include <chrono>
#include <cstddef>

namespace yaclib {

class OneShotEvent {
public:
  bool Ready() noexcept { return false; }
  void Wait() noexcept {}
  void Set() noexcept {}
};

template <typename Event = OneShotEvent>
class WaitGroup final {
public:
  explicit WaitGroup(std::size_t count = 0) noexcept { (void)count; }
  void Add(std::size_t count = 1) noexcept { (void)count; }
  void Done(std::size_t count = 1) noexcept { (void)count; }
  template <bool NeedAdd = true, typename... V, typename... E>
  void Attach(FutureBase<V, E> &...futures) noexcept {
    ((void)futures, ...);
  }
  void Wait() noexcept {}
  template <typename Rep, typename Period>
  bool WaitFor(const std::chrono::duration<Rep, Period> &timeout_duration) {
    (void)timeout_duration;
    return true;
  }
  auto AwaitInline() noexcept { return detail::AwaitAwaiter{}; }
  auto AwaitSticky() noexcept { return detail::AwaitAwaiter{}; }
  auto AwaitOn(IExecutor &e) noexcept {
    (void)e;
    return detail::AwaitAwaiter{};
  }
  auto operator co_await() noexcept { return AwaitInline(); }
};

} // namespace yaclib
