// Mirrors folly/coro/FutureUtil.h (toTask, toSemiFuture, toFuture). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <folly/Executor.h>
#include <folly/Unit.h>
#include <folly/coro/Task.h>
#include <folly/coro/Traits.h>
#include <folly/coro/ViaIfAsync.h>
#include <folly/futures/Future.h>

namespace folly {
namespace coro {

struct ToTaskFn {
  template <typename SemiAwaitable>
  Task<semi_await_result_t<SemiAwaitable>> operator()(SemiAwaitable /*a*/) const { std::terminate(); }
  Task<void> operator()(folly::Future<Unit> /*a*/) const { std::terminate(); }
  Task<void> operator()(folly::SemiFuture<Unit> /*a*/) const { std::terminate(); }
};
inline constexpr ToTaskFn toTask{};

template <typename SemiAwaitable>
SemiFuture<lift_unit_t<semi_await_result_t<SemiAwaitable>>> toSemiFuture(
    SemiAwaitable&& a) {
  return toTask(static_cast<SemiAwaitable&&>(a)).semi();
}

template <typename SemiAwaitable>
Future<lift_unit_t<semi_await_result_t<SemiAwaitable>>> toFuture(
    SemiAwaitable&& a, Executor::KeepAlive<> ex) {
  return co_withExecutor(ex, toTask(static_cast<SemiAwaitable&&>(a)))
      .start()
      .via(ex);
}

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
