// Mirrors folly/futures/Promise.h (folly::Promise<T>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <stdexcept>
#include <type_traits>
#include <utility>

#include <folly/Executor.h>
#include <folly/executors/InlineExecutor.h>
#include <folly/ExceptionWrapper.h>
#include <folly/Try.h>
#include <folly/Unit.h>

namespace folly {

class PromiseException : public std::logic_error {
 public:
  using std::logic_error::logic_error;
  PromiseException() : std::logic_error{""} {}
};
class PromiseAlreadySatisfied : public PromiseException {};
class FutureAlreadyRetrieved : public PromiseException {};
class BrokenPromise : public PromiseException {};

template <class T>
class SemiFuture;
template <class T>
class Future;

/// Producer side of a folly future. Whether callbacks run inline inside
/// setValue()/setException()/setTry()/setWith() depends on the consumer's
/// executor (inline for getFuture(), InlineExecutor or no executor).
template <class T>
class Promise {
 public:
  static Promise<T> makeEmpty() noexcept { return Promise(); }

  Promise() {}
  ~Promise() {}
  Promise(Promise const&) = delete;
  Promise& operator=(Promise const&) = delete;
  Promise(Promise<T>&&) noexcept {}
  Promise& operator=(Promise<T>&&) noexcept { return *this; }

  /// Consumer side without an executor; attach one with `.via(ex)`.
  SemiFuture<T> getSemiFuture() { return SemiFuture<T>::makeEmpty(); }

  /// Deprecated (documentation only, no attribute in folly): returns
  /// `getSemiFuture().via(&InlineExecutor::instance())`, so continuations run
  /// inline on the thread that fulfils the promise.
  Future<T> getFuture() {
    return getSemiFuture().via(&InlineExecutor::instance());
  }

  void setException(exception_wrapper) {}

  template <class E>
  typename std::enable_if<
      std::is_base_of<std::exception, typename std::decay<E>::type>::value>::
      type
      setException(E&&) {}

  template <typename F>
  void setInterruptHandler(F&&) {}

  template <class B = T>
  typename std::enable_if<std::is_same<Unit, B>::value, void>::type setValue() {
    setTry(Try<T>(T()));
  }

  template <class M>
  void setValue(M&&) {}

  void setTry(Try<T>&&) {}

  template <class F>
  void setWith(F&&) {}

  bool valid() const noexcept { return true; }
  bool isFulfilled() const noexcept { return false; }
};

} // namespace folly

#include <folly/futures/Future.h>
