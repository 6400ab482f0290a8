// Mirrors coro/concepts/executor.hpp (jbaldwin/libcoro). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <concepts>
#include <coroutine>
#include <cstddef>
#include <utility>

#include "coro/concepts/awaitable.hpp"
#include "coro/task.hpp"

namespace coro::concepts
{
template<typename executor_type>
concept executor = requires(executor_type e, std::coroutine_handle<> c)
{
    { e.schedule() } -> coro::concepts::awaiter;
    { e.spawn_detached(std::declval<coro::task<void>>()) } -> std::same_as<bool>;
    { e.spawn_joinable(std::declval<coro::task<void>>()) } -> std::same_as<coro::task<void>>;
    { e.yield() } -> coro::concepts::awaiter;
    { e.resume(c) } -> std::same_as<bool>;
    { e.size() } -> std::same_as<std::size_t>;
    { e.empty() } -> std::same_as<bool>;
    { e.shutdown() } -> std::same_as<void>;
};
} // namespace coro::concepts
