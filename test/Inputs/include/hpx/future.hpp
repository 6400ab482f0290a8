// Mirrors hpx/future.hpp (umbrella: future, shared_future, promise, launch, async, post, when_all, when_any, make_ready_future). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <hpx/config.hpp>

#include <cstddef>
#include <iterator>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <hpx/async_base/launch_policy.hpp>
#include <hpx/futures/future.hpp>
#include <hpx/futures/promise.hpp>

namespace hpx {

    namespace detail {
        template <bool Direct, typename F, typename... Ts>
        struct async_dispatch;
        template <typename F, typename... Ts>
        struct async_dispatch<true, F, Ts...>
        {
            using type = std::invoke_result_t<F, Ts...>;
        };
        template <typename Policy, typename F, typename... Ts>
        struct async_dispatch<false, Policy, F, Ts...>
        {
            using type = std::invoke_result_t<F, Ts...>;
        };
    }    // namespace detail

    /// `hpx::async(f, args...)`, `hpx::async(hpx::launch::async, f, args...)`,
    /// `hpx::async(executor, f, args...)`.
    template <typename F, typename... Ts>
    auto async(F&&, Ts&&...) -> hpx::future<typename detail::async_dispatch<
        std::is_invocable_v<F, Ts...>, F, Ts...>::type>
    {
        return {};
    }

    /// Fire-and-forget (formerly hpx::apply).
    template <typename F, typename... Ts>
    bool post(F&&, Ts&&...)
    {
        return true;
    }

    template <typename... Ts>
    hpx::future<std::tuple<std::decay_t<Ts>...>> when_all(Ts&&...)
    {
        return {};
    }

    template <typename R>
    hpx::future<std::vector<hpx::future<R>>> when_all(
        std::vector<hpx::future<R>>&)
    {
        return {};
    }

    template <typename R>
    hpx::future<std::vector<hpx::future<R>>> when_all(
        std::vector<hpx::future<R>>&&)
    {
        return {};
    }

    template <typename Sequence>
    struct when_any_result
    {
        std::size_t index;
        Sequence futures;
    };

    template <typename... Ts>
    hpx::future<when_any_result<std::tuple<std::decay_t<Ts>...>>> when_any(
        Ts&&...)
    {
        return {};
    }

    template <typename R>
    hpx::future<when_any_result<std::vector<hpx::future<R>>>> when_any(
        std::vector<hpx::future<R>>&)
    {
        return {};
    }
}    // namespace hpx
