// Mirrors folly/futures/SharedPromise.h (folly::SharedPromise<T>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <type_traits>

#include <folly/futures/Future.h>
#include <folly/futures/Promise.h>

namespace folly {

/// Like Promise<T>, but hands out any number of futures.
template <class T>
class SharedPromise {
 public:
  SharedPromise() = default;
  SharedPromise(SharedPromise&&) noexcept = default;
  SharedPromise& operator=(SharedPromise&&) noexcept = default;

  SemiFuture<T> getSemiFuture() const { return SemiFuture<T>::makeEmpty(); }

  /// Deprecated (documentation only): inline-executor future, like
  /// Promise::getFuture().
  Future<T> getFuture() const {
    return getSemiFuture().via(&InlineExecutor::instance());
  }

  size_t size() const { return 0; }

  void setException(exception_wrapper) {}

  template <class E>
  typename std::enable_if<std::is_base_of<std::exception, E>::value>::type
  setException(E const&) {}

  void setInterruptHandler(std::function<void(exception_wrapper const&)>) {}

  template <class B = T>
  typename std::enable_if<std::is_same<Unit, B>::value, void>::type setValue() {
    setTry(Try<T>(T()));
  }

  template <class M>
  void setValue(M&&) {}

  void setTry(Try<T>&&) {}

  template <class F>
  void setWith(F&&) {}

  bool isFulfilled() const { return false; }
};

} // namespace folly
