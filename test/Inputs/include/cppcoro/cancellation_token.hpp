// Mirrors cppcoro/cancellation_token.hpp (cppcoro::cancellation_token). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

namespace cppcoro {

class cancellation_source;
class cancellation_registration;

class cancellation_token {
public:
  cancellation_token() noexcept {}
  cancellation_token(const cancellation_token &) noexcept {}
  cancellation_token(cancellation_token &&) noexcept {}
  ~cancellation_token() {}
  cancellation_token &operator=(const cancellation_token &) noexcept {
    return *this;
  }
  cancellation_token &operator=(cancellation_token &&) noexcept {
    return *this;
  }
  void swap(cancellation_token &) noexcept {}
  bool can_be_cancelled() const noexcept { return false; }
  bool is_cancellation_requested() const noexcept { return false; }
  void throw_if_cancellation_requested() const {}
};

} // namespace cppcoro
