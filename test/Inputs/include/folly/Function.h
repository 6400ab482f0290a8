// Mirrors folly/Function.h (folly::Function, a move-only std::function). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>

namespace folly {

template <typename FunctionType>
class Function;

template <typename R, typename... Args>
class Function<R(Args...)> {
  struct Base {
    virtual ~Base() = default;
    virtual R call(Args... args) = 0;
  };
  template <typename F>
  struct Impl final : Base {
    explicit Impl(F&& f) : f_(std::move(f)) {}
    R call(Args... args) override {
      return static_cast<R>(f_(static_cast<Args&&>(args)...));
    }
    F f_;
  };

 public:
  Function() noexcept = default;
  /* implicit */ Function(std::nullptr_t) noexcept {}
  template <
      typename F,
      std::enable_if_t<
          !std::is_same<std::decay_t<F>, Function>::value &&
              std::is_invocable_r<R, std::decay_t<F>&, Args...>::value,
          int> = 0>
  /* implicit */ Function(F f)
      : impl_(new Impl<std::decay_t<F>>(std::move(f))) {}
  Function(Function&&) noexcept = default;
  Function& operator=(Function&&) noexcept = default;
  Function(const Function&) = delete;
  Function& operator=(const Function&) = delete;

  R operator()(Args... args) {
    return impl_->call(static_cast<Args&&>(args)...);
  }
  explicit operator bool() const noexcept { return impl_ != nullptr; }

 private:
  std::unique_ptr<Base> impl_;
};

} // namespace folly
