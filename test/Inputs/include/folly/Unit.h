// Mirrors folly/Unit.h (folly::Unit, lift_unit_t, drop_unit_t). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <type_traits>

namespace folly {

struct Unit {
  constexpr bool operator==(const Unit&) const { return true; }
  constexpr bool operator!=(const Unit&) const { return false; }
};

inline constexpr Unit unit{};

template <typename T>
struct lift_unit {
  using type = T;
};
template <>
struct lift_unit<void> {
  using type = Unit;
};
template <typename T>
using lift_unit_t = typename lift_unit<T>::type;

template <typename T>
struct drop_unit {
  using type = T;
};
template <>
struct drop_unit<Unit> {
  using type = void;
};
template <typename T>
using drop_unit_t = typename drop_unit<T>::type;

} // namespace folly
