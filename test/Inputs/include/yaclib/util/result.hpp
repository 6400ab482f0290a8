// Mirrors yaclib/util/result.hpp (yaclib::Result<V, E>, yaclib::StopError). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <utility>

namespace yaclib {

struct StopTag {};
struct StopError {
  StopError(StopTag) noexcept {}
};
struct Unit {};

template <typename ValueT, typename E = StopError>
class Result final {
  using V = std::conditional_t<std::is_void_v<ValueT>, Unit, ValueT>;

public:
  Result() = default;
  void Ok() & = delete;
  void Ok() const && = delete;
  [[nodiscard]] V &&Ok() && { std::terminate(); }
  [[nodiscard]] const V &Ok() const & { std::terminate(); }
  [[nodiscard]] V &&Value() && noexcept { std::terminate(); }
  [[nodiscard]] const V &Value() const & noexcept { std::terminate(); }
};

} // namespace yaclib
