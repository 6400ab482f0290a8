// Mirrors folly/Try.h (folly::Try<T>, Try<void>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <optional>
#include <utility>

#include <folly/ExceptionWrapper.h>
#include <folly/Unit.h>

namespace folly {

template <class T>
class Try {
 public:
  using element_type = T;

  Try() = default;
  explicit Try(const T& v) : value_(v) {}
  explicit Try(T&& v) : value_(std::move(v)) {}
  explicit Try(exception_wrapper e) noexcept : e_(std::move(e)) {}
  explicit Try(std::exception_ptr e) : e_(std::move(e)) {}
  Try(Try&&) = default;
  Try(const Try&) = default;
  Try& operator=(Try&&) = default;
  Try& operator=(const Try&) = default;

  template <typename... Args>
  T& emplace(Args&&... args) {
    return value_.emplace(static_cast<Args&&>(args)...);
  }

  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& value() const& { return *value_; }
  const T&& value() const&& { return std::move(*value_); }
  T& operator*() & { return *value_; }
  T&& operator*() && { return std::move(*value_); }
  T* operator->() { return &*value_; }

  bool hasValue() const { return value_.has_value(); }
  bool hasException() const { return static_cast<bool>(e_); }
  exception_wrapper& exception() & { return e_; }
  exception_wrapper&& exception() && { return std::move(e_); }
  const exception_wrapper& exception() const& { return e_; }
  void throwUnlessValue() const {}
  void throwIfFailed() const {}

 private:
  std::optional<T> value_;
  exception_wrapper e_;
};

template <>
class Try<void> {
 public:
  using element_type = void;

  Try() noexcept = default;
  explicit Try(exception_wrapper e) noexcept : e_(std::move(e)) {}
  explicit Try(std::exception_ptr e) : e_(std::move(e)) {}
  /* implicit */ Try(const Try<Unit>&) noexcept {}

  void value() const {}
  void operator*() const {}
  void emplace() noexcept {}
  bool hasValue() const { return !e_; }
  bool hasException() const { return static_cast<bool>(e_); }
  exception_wrapper& exception() & { return e_; }
  const exception_wrapper& exception() const& { return e_; }
  void throwUnlessValue() const {}
  void throwIfFailed() const {}

 private:
  exception_wrapper e_;
};

template <typename F>
auto makeTryWith(F&& f) {
  using R = decltype(static_cast<F&&>(f)());
  return Try<lift_unit_t<R>>();
}

} // namespace folly
