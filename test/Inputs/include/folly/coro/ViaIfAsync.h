// Mirrors folly/coro/ViaIfAsync.h (co_viaIfAsync CPO, ViaIfAsyncAwaitable). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <type_traits>
#include <utility>

#include <folly/Executor.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/Traits.h>
#include <folly/lang/CustomizationPoint.h>

namespace folly {
namespace coro {

/// Awaiter that resumes the awaiting coroutine on `executor` if the wrapped
/// operation does not complete synchronously.
template <typename Awaitable>
class ViaIfAsyncAwaiter {
  using Awaiter = awaiter_type_t<Awaitable>;

 public:
  ViaIfAsyncAwaiter(folly::Executor::KeepAlive<> executor, Awaitable&& awaitable)
      : executor_(std::move(executor)),
        awaiter_(detail::get_awaiter(static_cast<Awaitable&&>(awaitable))) {}

  bool await_ready() noexcept(noexcept(std::declval<Awaiter&>().await_ready())) {
    return awaiter_.await_ready();
  }
  template <typename Promise>
  decltype(auto) await_suspend(coroutine_handle<Promise> h) {
    return awaiter_.await_suspend(h);
  }
  decltype(auto) await_resume() { return awaiter_.await_resume(); }

 private:
  folly::Executor::KeepAlive<> executor_;
  Awaiter awaiter_;
};

template <typename Awaitable>
class ViaIfAsyncAwaitable {
 public:
  explicit ViaIfAsyncAwaitable(
      folly::Executor::KeepAlive<> executor, Awaitable&& awaitable) noexcept
      : executor_(std::move(executor)),
        awaitable_(static_cast<Awaitable&&>(awaitable)) {}

  ViaIfAsyncAwaiter<Awaitable> operator co_await() && {
    return ViaIfAsyncAwaiter<Awaitable>{
        std::move(executor_), static_cast<Awaitable&&>(awaitable_)};
  }

 private:
  folly::Executor::KeepAlive<> executor_;
  Awaitable awaitable_;
};

namespace detail {

template <typename SemiAwaitable>
concept HasViaIfAsyncMethod = requires(SemiAwaitable&& a) {
  static_cast<SemiAwaitable&&>(a).viaIfAsync(
      std::declval<folly::Executor::KeepAlive<>>());
};

namespace adl {

// Semi-awaitables with a `viaIfAsync(executor)` member.
template <typename SemiAwaitable>
  requires HasViaIfAsyncMethod<SemiAwaitable>
auto co_viaIfAsync(
    folly::Executor::KeepAlive<> executor, SemiAwaitable&& awaitable)
    -> decltype(static_cast<SemiAwaitable&&>(awaitable).viaIfAsync(
        std::move(executor))) {
  return static_cast<SemiAwaitable&&>(awaitable).viaIfAsync(
      std::move(executor));
}

// Plain awaitables: wrap so the awaiting coroutine resumes on `executor`.
template <typename Awaitable>
  requires(is_awaitable_v<Awaitable> && !HasViaIfAsyncMethod<Awaitable>)
auto co_viaIfAsync(folly::Executor::KeepAlive<> executor, Awaitable&& awaitable)
    -> ViaIfAsyncAwaitable<Awaitable> {
  return ViaIfAsyncAwaitable<Awaitable>{
      std::move(executor), static_cast<Awaitable&&>(awaitable)};
}

struct ViaIfAsyncFunction {
  template <typename Awaitable>
  auto operator()(folly::Executor::KeepAlive<> executor, Awaitable&& awaitable)
      const -> decltype(co_viaIfAsync(
          std::move(executor), static_cast<Awaitable&&>(awaitable))) {
    return co_viaIfAsync(
        std::move(executor), static_cast<Awaitable&&>(awaitable));
  }
};

} // namespace adl
} // namespace detail

/// Returns an awaitable that resumes the awaiting coroutine on `executor`
/// unless the operation completes synchronously.
FOLLY_DEFINE_CPO(detail::adl::ViaIfAsyncFunction, co_viaIfAsync)

template <typename T>
using semi_await_awaitable_t = decltype(folly::coro::co_viaIfAsync(
    std::declval<folly::Executor::KeepAlive<>>(), std::declval<T>()));

template <typename T>
inline constexpr bool is_semi_awaitable_v =
    requires { typename semi_await_awaitable_t<T>; };

template <typename SemiAwaitable>
using semi_await_result_t = await_result_t<semi_await_awaitable_t<SemiAwaitable>>;

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
