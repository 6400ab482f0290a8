// Mirrors yaclib/async/promise.hpp (yaclib::Promise<V, E>::Set: runs inline continuations and resumes inline awaiters). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/util/result.hpp>

namespace yaclib {

template <typename V = void, typename E = StopError>
class Promise final {
public:
  Promise() = default;
  Promise(Promise &&) noexcept = default;
  Promise &operator=(Promise &&) noexcept = default;
  ~Promise() {}
  [[nodiscard]] bool Valid() const & noexcept { return true; }
  template <typename... Args>
  void Set(Args &&...args) && {
    ((void)args, ...);
  }
};

} // namespace yaclib
