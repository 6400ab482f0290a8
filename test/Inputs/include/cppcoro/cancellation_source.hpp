// Mirrors cppcoro/cancellation_source.hpp (cppcoro::cancellation_source). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cppcoro/cancellation_token.hpp>

namespace cppcoro {

class cancellation_source {
public:
  cancellation_source() {}
  cancellation_source(const cancellation_source &) noexcept {}
  cancellation_source(cancellation_source &&) noexcept {}
  ~cancellation_source() {}
  bool can_be_cancelled() const noexcept { return true; }
  cancellation_token token() const noexcept { return {}; }
  /// Runs the registered callbacks inline, on the calling thread.
  void request_cancellation() {}
  bool is_cancellation_requested() const noexcept { return false; }
};

} // namespace cppcoro
