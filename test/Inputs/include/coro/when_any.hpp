// Mirrors coro/when_any.hpp (jbaldwin/libcoro coro::when_any). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include "coro/concepts/awaitable.hpp"
#include "coro/task.hpp"

#include <ranges>
#include <stop_token>
#include <type_traits>
#include <variant>

namespace coro
{
namespace detail
{
template<typename T>
struct when_any_variant_traits
{
    using type = T;
};

template<>
struct when_any_variant_traits<void>
{
    using type = std::monostate;
};
} // namespace detail

template<concepts::awaitable... awaitable_type>
[[nodiscard]] auto when_any(std::stop_source /*stop_source*/, awaitable_type... /*awaitables*/)
    -> coro::task<std::variant<typename detail::when_any_variant_traits<
        std::remove_reference_t<typename concepts::awaitable_traits<awaitable_type>::awaiter_return_type>>::type...>> { std::terminate(); }

template<concepts::awaitable... awaitable_type>
[[nodiscard]] auto when_any(awaitable_type... /*awaitables*/)
    -> coro::task<std::variant<typename detail::when_any_variant_traits<
        std::remove_reference_t<typename concepts::awaitable_traits<awaitable_type>::awaiter_return_type>>::type...>> { std::terminate(); }

template<
    std::ranges::range  range_type,
    concepts::awaitable awaitable_type = std::ranges::range_value_t<range_type>,
    typename return_type               = typename concepts::awaitable_traits<awaitable_type>::awaiter_return_type,
    typename return_type_base          = std::remove_reference_t<return_type>>
[[nodiscard]] auto when_any(std::stop_source /*stop_source*/, range_type /*awaitables*/) -> coro::task<return_type_base> { std::terminate(); }

template<
    std::ranges::range  range_type,
    concepts::awaitable awaitable_type = std::ranges::range_value_t<range_type>,
    typename return_type               = typename concepts::awaitable_traits<awaitable_type>::awaiter_return_type,
    typename return_type_base          = std::remove_reference_t<return_type>>
[[nodiscard]] auto when_any(range_type /*awaitables*/) -> coro::task<return_type_base> { std::terminate(); }

} // namespace coro
