// Mirrors folly/lang/CustomizationPoint.h (FOLLY_DEFINE_CPO). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

// A CPO object that does not collide with hidden-friend overloads of the same
// name: it lives in an inline-by-using-directive namespace, as in folly.
#define FOLLY_DEFINE_CPO(Type, Name) \
  namespace folly_cpo__ {            \
  inline constexpr Type Name{};      \
  }                                  \
  using namespace folly_cpo__;
