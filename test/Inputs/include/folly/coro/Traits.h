// Mirrors folly/coro/Traits.h (is_awaitable_v, await_result_t, ...). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <type_traits>
#include <utility>

#include <folly/coro/Coroutine.h>

namespace folly {
namespace coro {
namespace detail {

template <typename T>
concept _has_member_co_await =
    requires(T&& t) { static_cast<T&&>(t).operator co_await(); };

template <typename T>
concept _has_free_co_await =
    requires(T&& t) { operator co_await(static_cast<T&&>(t)); };

template <typename T>
concept _is_awaiter = requires(T& t) {
  { t.await_ready() } -> std::convertible_to<bool>;
  t.await_resume();
};

template <typename Awaitable>
decltype(auto) get_awaiter(Awaitable&& awaitable) {
  if constexpr (_has_member_co_await<Awaitable>) {
    return static_cast<Awaitable&&>(awaitable).operator co_await();
  } else if constexpr (_has_free_co_await<Awaitable>) {
    return operator co_await(static_cast<Awaitable&&>(awaitable));
  } else {
    return static_cast<Awaitable&&>(awaitable);
  }
}

} // namespace detail

template <typename T>
inline constexpr bool is_awaitable_v = detail::_has_member_co_await<T> ||
    detail::_has_free_co_await<T> || detail::_is_awaiter<T>;

template <typename T>
struct is_awaitable : std::bool_constant<is_awaitable_v<T>> {};

template <typename Awaitable>
using awaiter_type_t =
    decltype(detail::get_awaiter(std::declval<Awaitable>()));

template <typename Awaitable>
using await_result_t =
    decltype(std::declval<std::remove_reference_t<awaiter_type_t<Awaitable>>&>()
                 .await_resume());

template <typename Awaitable>
struct await_result {
  using type = await_result_t<Awaitable>;
};

namespace detail {
template <typename T>
struct decay_rvalue_reference {
  using type = T;
};
template <typename T>
struct decay_rvalue_reference<T&&> : std::decay<T> {};
template <typename T>
using decay_rvalue_reference_t = typename decay_rvalue_reference<T>::type;
} // namespace detail

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
