// Mirrors hpx/futures/traits/detail/future_await_traits.hpp (coroutine_traits<hpx::future<T>, Ts...>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <hpx/config.hpp>

#if defined(HPX_HAVE_CXX20_COROUTINES)

#include <coroutine>
#include <exception>
#include <utility>

#include <hpx/futures/future_fwd.hpp>

namespace hpx::lcos::detail {

    template <typename T, typename Derived>
    struct coroutine_promise_base
    {
        hpx::future<T> get_return_object()
        {
            return {};
        }

        std::suspend_never initial_suspend() const noexcept
        {
            return {};
        }

        std::suspend_never final_suspend() const noexcept
        {
            return {};
        }

        void unhandled_exception() noexcept {}
    };
}    // namespace hpx::lcos::detail

namespace std {

    template <typename T, typename... Ts>
    struct coroutine_traits<hpx::future<T>, Ts...>
    {
        struct promise_type
          : hpx::lcos::detail::coroutine_promise_base<T, promise_type>
        {
            promise_type() = default;

            template <typename U>
            void return_value(U&&)
            {
            }
        };
    };

    template <typename... Ts>
    struct coroutine_traits<hpx::future<void>, Ts...>
    {
        struct promise_type
          : hpx::lcos::detail::coroutine_promise_base<void, promise_type>
        {
            promise_type() = default;

            void return_void() {}
        };
    };
}    // namespace std

#endif
