// Mirrors folly/futures/Future.h (folly::SemiFuture<T>, folly::Future<T>, makeFuture, makePromiseContract, co_await support). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstdint>
#include <exception>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <folly/Executor.h>
#include <folly/ExceptionWrapper.h>
#include <folly/Portability.h>
#include <folly/Try.h>
#include <folly/Unit.h>
#include <folly/Utility.h>
#include <folly/executors/DrivableExecutor.h>
#include <folly/executors/InlineExecutor.h>
#include <folly/executors/TimedDrivableExecutor.h>
#include <folly/futures/Promise.h>
#include <folly/futures/detail/Types.h>

#if FOLLY_HAS_COROUTINES
#include <folly/coro/Coroutine.h>
#endif

namespace folly {

class FutureException : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};
class FutureInvalid : public FutureException {
 public:
  FutureInvalid() : FutureException("Future invalid") {}
};
class FutureNotReady : public FutureException {
 public:
  FutureNotReady() : FutureException("Future not ready") {}
};
class FutureTimeout : public FutureException {
 public:
  FutureTimeout() : FutureException("Timed out") {}
};
class FutureCancellation : public FutureException {
 public:
  FutureCancellation() : FutureException("Future was cancelled") {}
};

template <class T>
class Future;
template <class T>
class SemiFuture;
template <class T>
class Promise;

template <class T>
struct PromiseContract {
  Promise<T> promise;
  Future<T> future;
};

template <class T>
struct SemiPromiseContract {
  Promise<T> promise;
  SemiFuture<T> future;
};

class Timekeeper;

template <typename T>
struct isFuture : std::false_type {
  using Inner = lift_unit_t<T>;
};
template <typename T>
struct isFuture<Future<T>> : std::true_type {
  using Inner = T;
};
template <typename T>
struct isSemiFuture : std::false_type {
  using Inner = lift_unit_t<T>;
};
template <typename T>
struct isSemiFuture<SemiFuture<T>> : std::true_type {
  using Inner = T;
};
template <typename T>
struct isSemiFuture<Future<T>> : std::true_type {
  using Inner = T;
};
template <typename T>
struct isFutureOrSemiFuture : isSemiFuture<T> {};

namespace futures {
namespace detail {

struct EmptyConstruct {};

// Result of a callback: void -> Unit, Future<X>/SemiFuture<X> -> X.
template <typename R>
struct callableResultValue {
  using value_type = typename isFutureOrSemiFuture<R>::Inner;
};

template <typename T, typename F, typename = void>
struct valueCallableResult {
  using Result = std::invoke_result_t<F>; // callable ignoring a Unit value
  using value_type = typename callableResultValue<Result>::value_type;
};
template <typename T, typename F>
struct valueCallableResult<
    T, F, std::enable_if_t<std::is_invocable<F, T&&>::value>> {
  using Result = std::invoke_result_t<F, T&&>;
  using value_type = typename callableResultValue<Result>::value_type;
};

template <typename T, typename F>
struct tryCallableResult {
  using Result = std::invoke_result_t<F, Try<T>&&>;
  using value_type = typename callableResultValue<Result>::value_type;
};

template <typename T, typename F>
struct valueExecutorCallableResult {
  using Result = std::invoke_result_t<F, Executor::KeepAlive<>&&, T&&>;
  using value_type = typename callableResultValue<Result>::value_type;
};

template <typename T, typename F>
struct tryExecutorCallableResult {
  using Result = std::invoke_result_t<F, Executor::KeepAlive<>&&, Try<T>&&>;
  using value_type = typename callableResultValue<Result>::value_type;
};

/// Shared observers of SemiFuture and Future (privately inherited by both).
template <class T>
class FutureBase {
 public:
  using value_type = T;

  bool valid() const noexcept { return true; }

  T& value() & { std::terminate(); }
  T const& value() const& { std::terminate(); }
  T&& value() && { std::terminate(); }

  Try<T>& result() & { std::terminate(); }
  Try<T> const& result() const& { std::terminate(); }
  Try<T>&& result() && { std::terminate(); }

  bool isReady() const { return false; }
  bool hasValue() const { return false; }
  bool hasException() const { return false; }

  std::optional<Try<T>> poll() { return std::nullopt; }

  void raise(exception_wrapper) {}
  template <class E>
  void raise(E&&) {}
  void cancel() {}

 protected:
  FutureBase() = default;
};

} // namespace detail
} // namespace futures

/// The consumer side of a producer/consumer pair with no executor attached.
/// Deferred work (deferValue etc.) runs on the executor given to via(), or
/// inline on the thread that calls get()/wait().
template <class T>
class SemiFuture : private futures::detail::FutureBase<T> {
  using Base = futures::detail::FutureBase<T>;

 public:
  using value_type = T;

  static SemiFuture<T> makeEmpty() {
    return SemiFuture(futures::detail::EmptyConstruct{});
  }

  template <
      class T2 = T,
      std::enable_if_t<
          !isFutureOrSemiFuture<std::decay_t<T2>>::value &&
              std::is_constructible<Try<T>, T2>::value,
          int> = 0>
  /* implicit */ SemiFuture(T2&&) {}

  template <class T2 = T>
  /* implicit */ SemiFuture(
      typename std::enable_if<std::is_same<Unit, T2>::value>::type* = nullptr) {
  }

  template <class... Args>
  explicit SemiFuture(std::in_place_t, Args&&...) {}

  SemiFuture(SemiFuture<T> const&) = delete;
  SemiFuture(SemiFuture<T>&&) noexcept {}
  /* implicit */ SemiFuture(Future<T>&&) noexcept {}
  SemiFuture& operator=(SemiFuture const&) = delete;
  SemiFuture& operator=(SemiFuture&&) noexcept { return *this; }
  SemiFuture& operator=(Future<T>&&) noexcept { return *this; }

  using Base::cancel;
  using Base::hasException;
  using Base::hasValue;
  using Base::isReady;
  using Base::poll;
  using Base::raise;
  using Base::result;
  using Base::valid;
  using Base::value;

  /// Blocks until the future is fulfilled; runs deferred work inline.
  T get() && { std::terminate(); }
  /// Blocks until fulfilled or `dur` elapses (throws FutureTimeout).
  T get(HighResDuration /*dur*/) && { std::terminate(); }
  Try<T> getTry() && { std::terminate(); }
  Try<T> getTry(HighResDuration /*dur*/) && { std::terminate(); }

  /// Blocks until the future is fulfilled.
  SemiFuture<T>& wait() & { return *this; }
  SemiFuture<T>&& wait() && { return std::move(*this); }
  /// Blocks until fulfilled or `dur` elapses.
  bool wait(HighResDuration) && { return false; }

  Future<T> via(Executor::KeepAlive<> executor) &&;
  Future<T> via(Executor::KeepAlive<> executor, int8_t priority) &&;
  /// May run some deferred callbacks inline on the calling thread.
  Future<T> viaInlineUnsafe(Executor::KeepAlive<> executor) &&;

  template <typename F>
  SemiFuture<typename futures::detail::tryCallableResult<T, F>::value_type>
  defer(F&&) && {
    return SemiFuture<typename futures::detail::tryCallableResult<T, F>::
                          value_type>::makeEmpty();
  }

  template <typename F>
  SemiFuture<
      typename futures::detail::tryExecutorCallableResult<T, F>::value_type>
  deferExTry(F&&) && {
    return SemiFuture<typename futures::detail::tryExecutorCallableResult<
        T, F>::value_type>::makeEmpty();
  }

  template <typename F>
  SemiFuture<typename futures::detail::valueCallableResult<T, F>::value_type>
  deferValue(F&&) && {
    return SemiFuture<typename futures::detail::valueCallableResult<T, F>::
                          value_type>::makeEmpty();
  }

  template <typename F>
  SemiFuture<
      typename futures::detail::valueExecutorCallableResult<T, F>::value_type>
  deferExValue(F&&) && {
    return SemiFuture<typename futures::detail::valueExecutorCallableResult<
        T, F>::value_type>::makeEmpty();
  }

  template <class ExceptionType, class F>
  SemiFuture<T> deferError(tag_t<ExceptionType>, F&&) && {
    return makeEmpty();
  }

  template <class F>
  SemiFuture<T> deferError(F&&) && {
    return makeEmpty();
  }

  template <class F>
  SemiFuture<T> deferEnsure(F&&) && {
    return makeEmpty();
  }

  SemiFuture<Unit> unit() && { return SemiFuture<Unit>::makeEmpty(); }

  SemiFuture<T> within(HighResDuration, Timekeeper* = nullptr) && {
    return makeEmpty();
  }
  SemiFuture<T> delayed(HighResDuration, Timekeeper* = nullptr) && {
    return makeEmpty();
  }

  /// Equivalent to `via(&InlineExecutor::instance())`: continuations run inline.
  Future<T> toUnsafeFuture() &&;

#if FOLLY_HAS_COROUTINES
  // Customise co_viaIfAsync() so that SemiFuture<T> can be directly awaited
  // within a folly::coro::Task coroutine.
  friend Future<T> co_viaIfAsync(
      folly::Executor::KeepAlive<> executor, SemiFuture<T>&& future) noexcept {
    return std::move(future).viaInlineUnsafe(std::move(executor));
  }
#endif

 private:
  template <class>
  friend class SemiFuture;
  template <class>
  friend class Future;

  explicit SemiFuture(futures::detail::EmptyConstruct) noexcept {}

  SemiFuture<T>& wait(HighResDuration /*dur*/) & { std::terminate(); }
};

/// The consumer side of a producer/consumer pair bound to an executor.
/// Continuations (thenValue, thenTry, ...) are enqueued on that executor;
/// the *Inline variants may run inline on the completing thread.
template <class T>
class Future : private futures::detail::FutureBase<T> {
  using Base = futures::detail::FutureBase<T>;

 public:
  using value_type = T;

  static Future<T> makeEmpty() {
    return Future(futures::detail::EmptyConstruct{});
  }

  template <
      class T2 = T,
      std::enable_if_t<
          !isFutureOrSemiFuture<std::decay_t<T2>>::value &&
              std::is_constructible<Try<T>, T2>::value,
          int> = 0>
  /* implicit */ Future(T2&&) {}

  template <class T2 = T>
  /* implicit */ Future(
      typename std::enable_if<std::is_same<Unit, T2>::value>::type* = nullptr) {
  }

  template <class... Args>
  explicit Future(std::in_place_t, Args&&...) {}

  Future(Future<T> const&) = delete;
  Future(Future<T>&&) noexcept {}
  Future& operator=(Future const&) = delete;
  Future& operator=(Future&&) noexcept { return *this; }

  using Base::cancel;
  using Base::hasException;
  using Base::hasValue;
  using Base::isReady;
  using Base::poll;
  using Base::raise;
  using Base::result;
  using Base::valid;
  using Base::value;

  /// Drives `e` on the calling thread until the future completes.
  T getVia(DrivableExecutor* /*e*/) && { std::terminate(); }
  T getVia(TimedDrivableExecutor* /*e*/, HighResDuration /*dur*/) && { std::terminate(); }
  Try<T> getTryVia(DrivableExecutor* /*e*/) && { std::terminate(); }
  Try<T> getTryVia(TimedDrivableExecutor* /*e*/, HighResDuration /*dur*/) && { std::terminate(); }

  Future<T> via(Executor::KeepAlive<>) && { return makeEmpty(); }
  Future<T> via(Executor::KeepAlive<>, int8_t) && { return makeEmpty(); }
  Future<T> via(Executor::KeepAlive<>) & { return makeEmpty(); }
  Future<T> via(Executor::KeepAlive<>, int8_t) & { return makeEmpty(); }

  /// Try-taking continuation (same as thenTry).
  template <typename F>
  Future<typename futures::detail::tryCallableResult<T, F>::value_type> then(
      F&&) && {
    return Future<typename futures::detail::tryCallableResult<T, F>::
                      value_type>::makeEmpty();
  }

  template <typename F>
  Future<typename futures::detail::tryCallableResult<T, F>::value_type>
  thenInline(F&&) && {
    return Future<typename futures::detail::tryCallableResult<T, F>::
                      value_type>::makeEmpty();
  }

  /// Drops the value: Future<Unit>.
  Future<Unit> then() && { return Future<Unit>::makeEmpty(); }

  template <typename F>
  Future<typename futures::detail::tryCallableResult<T, F>::value_type>
  thenTry(F&&) && {
    return Future<typename futures::detail::tryCallableResult<T, F>::
                      value_type>::makeEmpty();
  }

  template <typename F>
  Future<typename futures::detail::tryCallableResult<T, F>::value_type>
  thenTryInline(F&&) && {
    return Future<typename futures::detail::tryCallableResult<T, F>::
                      value_type>::makeEmpty();
  }

  template <typename F>
  Future<typename futures::detail::tryExecutorCallableResult<T, F>::value_type>
  thenExTry(F&&) && {
    return Future<typename futures::detail::tryExecutorCallableResult<
        T, F>::value_type>::makeEmpty();
  }

  template <typename F>
  Future<typename futures::detail::tryExecutorCallableResult<T, F>::value_type>
  thenExTryInline(F&&) && {
    return Future<typename futures::detail::tryExecutorCallableResult<
        T, F>::value_type>::makeEmpty();
  }

  template <typename F>
  Future<typename futures::detail::valueCallableResult<T, F>::value_type>
  thenValue(F&&) && {
    return Future<typename futures::detail::valueCallableResult<T, F>::
                      value_type>::makeEmpty();
  }

  template <typename F>
  Future<typename futures::detail::valueCallableResult<T, F>::value_type>
  thenValueInline(F&&) && {
    return Future<typename futures::detail::valueCallableResult<T, F>::
                      value_type>::makeEmpty();
  }

  template <typename F>
  Future<
      typename futures::detail::valueExecutorCallableResult<T, F>::value_type>
  thenExValue(F&&) && {
    return Future<typename futures::detail::valueExecutorCallableResult<
        T, F>::value_type>::makeEmpty();
  }

  template <typename F>
  Future<
      typename futures::detail::valueExecutorCallableResult<T, F>::value_type>
  thenExValueInline(F&&) && {
    return Future<typename futures::detail::valueExecutorCallableResult<
        T, F>::value_type>::makeEmpty();
  }

  template <class ExceptionType, class F>
  Future<T> thenError(tag_t<ExceptionType>, F&&) && {
    return makeEmpty();
  }
  template <class ExceptionType, class F>
  Future<T> thenErrorInline(tag_t<ExceptionType>, F&&) && {
    return makeEmpty();
  }
  template <class F>
  Future<T> thenError(F&&) && {
    return makeEmpty();
  }
  template <class F>
  Future<T> thenErrorInline(F&&) && {
    return makeEmpty();
  }

  Future<Unit> unit() && { return Future<Unit>::makeEmpty(); }

  template <class F>
  Future<T> ensure(F&&) && {
    return makeEmpty();
  }
  template <class F>
  Future<T> ensureInline(F&&) && {
    return makeEmpty();
  }

  template <class F>
  Future<T> onTimeout(HighResDuration, F&&, Timekeeper* = nullptr) && {
    return makeEmpty();
  }
  Future<T> within(HighResDuration, Timekeeper* = nullptr) && {
    return makeEmpty();
  }
  Future<T> delayed(HighResDuration, Timekeeper* = nullptr) && {
    return makeEmpty();
  }

  /// Blocks until the future is fulfilled.
  T get() && { std::terminate(); }
  T get(HighResDuration /*dur*/) && { std::terminate(); }
  Try<T> getTry() && { std::terminate(); }
  Try<T> getTry(HighResDuration /*dur*/) && { std::terminate(); }

  /// Blocks until the future is fulfilled.
  Future<T>& wait() & { return *this; }
  Future<T>&& wait() && { return std::move(*this); }
  Future<T>& wait(HighResDuration) & { return *this; }
  Future<T>&& wait(HighResDuration) && { return std::move(*this); }

  /// Drives `e` on the calling thread until the future completes.
  Future<T>& waitVia(DrivableExecutor*) & { return *this; }
  Future<T>&& waitVia(DrivableExecutor*) && { return std::move(*this); }
  Future<T>& waitVia(TimedDrivableExecutor*, HighResDuration) & {
    return *this;
  }
  Future<T>&& waitVia(TimedDrivableExecutor*, HighResDuration) && {
    return std::move(*this);
  }

  SemiFuture<T> semi() && { return SemiFuture<T>{std::move(*this)}; }

#if FOLLY_HAS_COROUTINES
  // Overload needed to customise behaviour of awaiting a Future<T> inside a
  // folly::coro::Task coroutine.
  friend Future<T> co_viaIfAsync(
      folly::Executor::KeepAlive<> executor, Future<T>&& future) noexcept {
    return std::move(future).via(std::move(executor));
  }
#endif

 private:
  template <class>
  friend class SemiFuture;
  template <class>
  friend class Future;

  explicit Future(futures::detail::EmptyConstruct) noexcept {}
};

template <class T>
Future<T> SemiFuture<T>::via(Executor::KeepAlive<>) && {
  return Future<T>::makeEmpty();
}
template <class T>
Future<T> SemiFuture<T>::via(Executor::KeepAlive<>, int8_t) && {
  return Future<T>::makeEmpty();
}
template <class T>
Future<T> SemiFuture<T>::viaInlineUnsafe(Executor::KeepAlive<>) && {
  return Future<T>::makeEmpty();
}
template <class T>
Future<T> SemiFuture<T>::toUnsafeFuture() && {
  return std::move(*this).via(&InlineExecutor::instance());
}

class Timekeeper {
 public:
  virtual ~Timekeeper() = default;
  virtual SemiFuture<Unit> after(HighResDuration dur) = 0;
};

// makeSemiFuture / makeFuture
template <class T>
SemiFuture<typename std::decay<T>::type> makeSemiFuture(T&&) {
  return SemiFuture<typename std::decay<T>::type>::makeEmpty();
}
inline SemiFuture<Unit> makeSemiFuture() {
  return SemiFuture<Unit>::makeEmpty();
}
template <class T>
SemiFuture<T> makeSemiFuture(exception_wrapper) {
  return SemiFuture<T>::makeEmpty();
}
template <class T, typename E>
typename std::enable_if<std::is_base_of<std::exception, E>::value,
                        SemiFuture<T>>::type
makeSemiFuture(E const&) {
  return SemiFuture<T>::makeEmpty();
}
template <class T>
SemiFuture<T> makeSemiFuture(Try<T>) {
  return SemiFuture<T>::makeEmpty();
}

template <class T>
Future<typename std::decay<T>::type> makeFuture(T&&) {
  return Future<typename std::decay<T>::type>::makeEmpty();
}
inline Future<Unit> makeFuture() { return Future<Unit>::makeEmpty(); }
template <class T>
Future<T> makeFuture(exception_wrapper) {
  return Future<T>::makeEmpty();
}
template <class T, typename E>
typename std::enable_if<std::is_base_of<std::exception, E>::value,
                        Future<T>>::type
makeFuture(E const&) {
  return Future<T>::makeEmpty();
}
template <class T>
Future<T> makeFuture(Try<T>) {
  return Future<T>::makeEmpty();
}

/// Promise + SemiFuture with no executor.
template <class T>
SemiPromiseContract<T> makePromiseContract() {
  auto p = Promise<T>();
  auto f = p.getSemiFuture();
  return {std::move(p), std::move(f)};
}

/// Promise + Future bound to `e` (callbacks are add()ed to `e`).
template <class T>
PromiseContract<T> makePromiseContract(Executor::KeepAlive<> e) {
  auto p = Promise<T>();
  auto f = p.getSemiFuture().via(std::move(e));
  return {std::move(p), std::move(f)};
}

// collectAll / collect
template <typename... Fs>
SemiFuture<std::tuple<Try<typename std::decay_t<Fs>::value_type>...>>
collectAll(Fs&&...) {
  return SemiFuture<std::tuple<Try<typename std::decay_t<Fs>::value_type>...>>::
      makeEmpty();
}
template <class InputIterator>
SemiFuture<std::vector<
    Try<typename std::iterator_traits<InputIterator>::value_type::value_type>>>
collectAll(InputIterator, InputIterator) {
  return SemiFuture<std::vector<Try<typename std::iterator_traits<
      InputIterator>::value_type::value_type>>>::makeEmpty();
}
template <class Collection>
auto collectAll(Collection&& c) -> decltype(collectAll(c.begin(), c.end())) {
  return collectAll(c.begin(), c.end());
}

template <typename... Fs>
SemiFuture<std::tuple<typename std::decay_t<Fs>::value_type...>> collect(
    Fs&&...) {
  return SemiFuture<
      std::tuple<typename std::decay_t<Fs>::value_type...>>::makeEmpty();
}

} // namespace folly

#if FOLLY_HAS_COROUTINES

namespace folly {
namespace detail {

template <typename T>
class FutureAwaiter {
 public:
  explicit FutureAwaiter(folly::Future<T>&& future) noexcept
      : future_(std::move(future)) {}

  bool await_ready() noexcept { return future_.isReady(); }

  T await_resume() { return std::move(result_).value(); }

  Try<drop_unit_t<T>> await_resume_try() { return {}; }

  bool await_suspend(coro::coroutine_handle<>) noexcept { return true; }

 private:
  folly::Future<T> future_;
  folly::Try<T> result_;
};

} // namespace detail

/// `co_await std::move(fut)` for a folly::Future<T>.
template <typename T>
inline detail::FutureAwaiter<T>
/* implicit */ operator co_await(Future<T>&& future) noexcept {
  return detail::FutureAwaiter<T>(std::move(future));
}

} // namespace folly
#endif
