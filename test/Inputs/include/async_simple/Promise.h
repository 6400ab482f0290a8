// Mirrors async_simple/Promise.h (async_simple::Promise<T>: setValue runs the continuation inline unless the future has an executor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <async_simple/Future.h>

#include <exception>
#include <type_traits>

namespace async_simple {

template <typename T>
class Promise {
public:
  using value_type = std::conditional_t<std::is_void_v<T>, int, T>;
  Promise() {}
  Promise(const Promise &) {}
  Promise(Promise &&) {}
  Promise &operator=(Promise &&) { return *this; }
  ~Promise() {}

  Future<T> getFuture() { return {}; }
  bool valid() const { return true; }
  Promise &checkout() { return *this; }
  Promise &forceSched() { return *this; }
  void setException(std::exception_ptr error) { (void)error; }
  template <typename U = T, std::enable_if_t<!std::is_void_v<U>, int> = 0>
  void setValue(value_type &&v) {
    (void)v;
  }
  template <typename U = T, std::enable_if_t<std::is_void_v<U>, int> = 0>
  void setValue() {}
};

} // namespace async_simple
