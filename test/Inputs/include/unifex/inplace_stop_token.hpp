// Mirrors unifex/inplace_stop_token.hpp (unifex::inplace_stop_token, inplace_stop_source). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

namespace unifex {

class inplace_stop_token {
 public:
  bool stop_requested() const noexcept { return false; }
  bool stop_possible() const noexcept { return false; }
};

class inplace_stop_source {
 public:
  inplace_stop_token get_token() noexcept { return {}; }
  bool request_stop() noexcept { return true; }
  bool stop_requested() const noexcept { return false; }
};

} // namespace unifex
