// Mirrors yaclib/async/future.hpp (yaclib::FutureBase, Future, FutureOn: Get() && waits; Then(executor, f); ThenInline(f) runs inline). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/exe/executor.hpp>
#include <yaclib/util/result.hpp>

#include <exception>
#include <type_traits>
#include <utility>

namespace yaclib {

template <typename V = void, typename E = StopError>
class Future;
template <typename V = void, typename E = StopError>
class FutureOn;

namespace detail {
template <typename V, typename Func>
struct ThenResult {
  using Type = std::invoke_result_t<Func, V>;
};
template <typename Func>
struct ThenResult<void, Func> {
  using Type = std::invoke_result_t<Func>;
};
} // namespace detail

template <typename V, typename E>
class FutureBase {
public:
  FutureBase(const FutureBase &) = delete;
  FutureBase &operator=(const FutureBase &) = delete;
  FutureBase(FutureBase &&other) noexcept = default;
  FutureBase &operator=(FutureBase &&other) noexcept = default;
  FutureBase() = default;
  ~FutureBase() noexcept {}

  [[nodiscard]] bool Valid() const & noexcept { return true; }
  [[nodiscard]] bool Ready() const & noexcept { return false; }

  void Get() & = delete;
  void Get() const && = delete;
  void Touch() & = delete;
  void Touch() const && = delete;

  [[nodiscard]] const Result<V, E> *Get() const & noexcept { return nullptr; }
  /// Waits until Ready is true and moves the Result out.
  [[nodiscard]] Result<V, E> Get() && noexcept { return {}; }
  [[nodiscard]] const Result<V, E> &Touch() const & noexcept {
    std::terminate();
  }
  [[nodiscard]] Result<V, E> Touch() && noexcept { return {}; }

  /// The func will be executed on the specified executor.
  template <typename Func>
  [[nodiscard]] auto Then(IExecutor &e, Func &&f) && {
    (void)e;
    (void)f;
    return FutureOn<typename detail::ThenResult<V, Func>::Type, E>{};
  }

  void Detach() && noexcept {}
  template <typename Func>
  void DetachInline(Func &&f) && {
    (void)f;
  }
  template <typename Func>
  void Detach(IExecutor &e, Func &&f) && {
    (void)e;
    (void)f;
  }
};

template <typename V, typename E>
class Future final : public FutureBase<V, E> {
public:
  using FutureBase<V, E>::FutureBase;
  Future() = default;

  /// The func will be executed on the Inline executor: on the thread that
  /// sets the promise, inside Set().
  template <typename Func>
  [[nodiscard]] auto ThenInline(Func &&f) && {
    (void)f;
    return Future<typename detail::ThenResult<V, Func>::Type, E>{};
  }
};

template <typename V, typename E>
class FutureOn final : public FutureBase<V, E> {
public:
  using FutureBase<V, E>::FutureBase;
  using FutureBase<V, E>::Then;
  using FutureBase<V, E>::Detach;
  FutureOn() = default;

  template <typename Func>
  [[nodiscard]] auto ThenInline(Func &&f) && {
    (void)f;
    return FutureOn<typename detail::ThenResult<V, Func>::Type, E>{};
  }
  /// The func will be executed on this future's executor.
  template <typename Func>
  [[nodiscard]] auto Then(Func &&f) && {
    (void)f;
    return FutureOn<typename detail::ThenResult<V, Func>::Type, E>{};
  }
  template <typename Func>
  void Detach(Func &&f) && {
    (void)f;
  }
};

} // namespace yaclib
