// Mirrors coro/sync_wait.hpp (jbaldwin/libcoro coro::sync_wait). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include "coro/concepts/awaitable.hpp"

namespace coro
{
/// Blocks the calling thread (sync_wait_event::wait) until the awaitable completes.
template<
    concepts::awaitable awaitable_type,
    typename return_type = typename concepts::awaitable_traits<awaitable_type>::awaiter_return_type>
auto sync_wait(awaitable_type&& /*a*/) -> return_type { std::terminate(); }
} // namespace coro
