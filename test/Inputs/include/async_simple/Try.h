// Mirrors async_simple/Try.h (async_simple::Try<T>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>

namespace async_simple {

template <typename T>
class Try {
public:
  Try() = default;
  T &value() & { std::terminate(); }
  T &&value() && { std::terminate(); }
  bool hasError() const { return false; }
};

template <>
class Try<void> {
public:
  void value() {}
  bool hasError() const { return false; }
};

} // namespace async_simple
