// Mirrors folly/ExceptionWrapper.h (folly::exception_wrapper). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <type_traits>
#include <utility>

namespace folly {

class exception_wrapper {
 public:
  exception_wrapper() noexcept = default;
  explicit exception_wrapper(std::exception_ptr ptr) noexcept
      : ptr_(std::move(ptr)) {}
  template <
      class Ex,
      class Ex_ = std::decay_t<Ex>,
      std::enable_if_t<std::is_base_of<std::exception, Ex_>::value, int> = 0>
  /* implicit */ exception_wrapper(Ex&& ex)
      : ptr_(std::make_exception_ptr(static_cast<Ex&&>(ex))) {}

  bool has_exception_ptr() const noexcept { return ptr_ != nullptr; }
  explicit operator bool() const noexcept { return ptr_ != nullptr; }
  std::exception_ptr to_exception_ptr() const noexcept { return ptr_; }
  std::exception_ptr const& exception_ptr() const noexcept { return ptr_; }
  [[noreturn]] void throw_exception() const { std::rethrow_exception(ptr_); }
  template <class Ex>
  Ex* get_exception() noexcept {
    return nullptr;
  }
  template <class Ex>
  bool is_compatible_with() const noexcept {
    return false;
  }

 private:
  std::exception_ptr ptr_;
};

template <class Ex, typename... As>
exception_wrapper make_exception_wrapper(As&&... as) {
  return exception_wrapper{Ex(static_cast<As&&>(as)...)};
}

} // namespace folly
