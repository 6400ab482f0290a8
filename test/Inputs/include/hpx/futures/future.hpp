// Mirrors hpx/futures/future.hpp (hpx::future<R>, hpx::shared_future<R>, make_ready_future). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <hpx/config.hpp>

#include <exception>
#include <type_traits>
#include <utility>

#include <hpx/async_base/launch_policy.hpp>
#include <hpx/futures/future_fwd.hpp>

#if defined(HPX_HAVE_CXX20_COROUTINES)
#include <coroutine>
#endif

namespace hpx::traits {
    template <typename Future>
    struct is_future : std::false_type
    {
    };
    template <typename R>
    struct is_future<hpx::future<R>> : std::true_type
    {
    };
    template <typename R>
    struct is_future<hpx::shared_future<R>> : std::true_type
    {
    };
    template <typename Future>
    inline constexpr bool is_future_v = is_future<Future>::value;

    template <typename Future>
    struct future_traits;
    template <typename R>
    struct future_traits<hpx::future<R>>
    {
        using type = R;
        using result_type = R;
    };
    template <typename R>
    struct future_traits<hpx::shared_future<R>>
    {
        using type = R;
        using result_type =
            std::conditional_t<std::is_void_v<R>, void, R const&>;
    };
}    // namespace hpx::traits

namespace hpx::lcos::detail {

    /// Continuation result: a continuation returning future<X> yields future<X>.
    template <typename ContResult>
    struct continuation_result
    {
        using type = ContResult;
    };
    template <typename ContResult>
    struct continuation_result<hpx::future<ContResult>>
    {
        using type = ContResult;
    };
    template <typename ContResult>
    struct continuation_result<hpx::shared_future<ContResult>>
    {
        using type = ContResult;
    };
    template <typename ContResult>
    using continuation_result_t =
        typename continuation_result<ContResult>::type;

    template <typename Derived, typename R>
    class future_base
    {
    public:
        using result_type = R;

        future_base() noexcept = default;
        future_base(future_base const& other) = default;
        future_base(future_base&& other) noexcept = default;
        ~future_base() = default;
        future_base& operator=(future_base const& other) = default;
        future_base& operator=(future_base&& other) noexcept = default;

        void swap(future_base&) noexcept {}

        // Returns: true only if *this refers to a shared state.
        constexpr bool valid() const noexcept
        {
            return true;
        }

        // Returns: true if the shared state is ready, false if it isn't.
        bool is_ready() const noexcept
        {
            return false;
        }

        bool has_value() const noexcept
        {
            return false;
        }

        bool has_exception() const noexcept
        {
            return false;
        }

        std::exception_ptr get_exception_ptr() const
        {
            return {};
        }

        /// Blocks (suspends the HPX thread, or blocks the OS thread) until ready.
        void wait(error_code& /*ec*/ = throws) const {}

        hpx::future_status wait_until(hpx::chrono::steady_time_point const&,
            error_code& /*ec*/ = throws) const
        {
            return hpx::future_status::ready;
        }

        hpx::future_status wait_for(hpx::chrono::steady_duration const&,
            error_code& /*ec*/ = throws) const
        {
            return hpx::future_status::ready;
        }

#if defined(HPX_HAVE_CXX20_COROUTINES)
        // The future is its own awaiter; an awaiting coroutine is resumed from
        // the on-completed callback, on the completing thread.
        bool await_ready() const noexcept
        {
            return is_ready();
        }

        template <typename Promise>
        void await_suspend(std::coroutine_handle<Promise>)
        {
        }

        decltype(auto) await_resume()
        {
            return static_cast<Derived*>(this)->get();
        }
#endif
    };
}    // namespace hpx::lcos::detail

namespace hpx {

    /// A one-shot future. get()/wait() block; `.then(...)` and `co_await`
    /// don't. Continuations without a policy inherit the parent's policy
    /// (promise futures: launch::async|deferred, a new HPX thread).
    template <typename R>
    class future : public lcos::detail::future_base<future<R>, R>
    {
        using base_type = lcos::detail::future_base<future<R>, R>;

    public:
        using result_type = R;

        future() noexcept = default;
        future(future&& other) noexcept = default;
        future(future const& other) noexcept = delete;
        future(future<future>&&) noexcept {}
        future(future<shared_future<R>>&&) noexcept {}
        ~future() = default;

        future& operator=(future&& other) noexcept = default;
        future& operator=(future const& other) noexcept = delete;

        shared_future<R> share() noexcept
        {
            return shared_future<R>(std::move(*this));
        }

        /// Blocks until ready, then returns the value (or throws).
        typename hpx::traits::future_traits<future>::result_type get()
        {
            std::terminate();
        }

        typename hpx::traits::future_traits<future>::result_type get(
            error_code& /*ec*/)
        {
            std::terminate();
        }

        using base_type::get_exception_ptr;
        using base_type::has_exception;
        using base_type::has_value;
        using base_type::is_ready;
        using base_type::valid;

        /// `f.then([](hpx::future<R> f) {...})`
        template <typename F>
        auto then(F&&, error_code& /*ec*/ = throws) -> hpx::future<
            lcos::detail::continuation_result_t<std::invoke_result_t<F, future>>>
        {
            return {};
        }

        /// `f.then(hpx::launch::sync, ...)` / `f.then(executor, ...)`
        template <typename T0, typename F>
        auto then(T0&&, F&&, error_code& /*ec*/ = throws) -> hpx::future<
            lcos::detail::continuation_result_t<std::invoke_result_t<F, future>>>
        {
            return {};
        }

        using base_type::wait;
        using base_type::wait_for;
        using base_type::wait_until;
    };

    template <typename R>
    class shared_future : public lcos::detail::future_base<shared_future<R>, R>
    {
        using base_type = lcos::detail::future_base<shared_future<R>, R>;

    public:
        using result_type = R;

        shared_future() noexcept = default;
        shared_future(shared_future const& other) = default;
        shared_future(shared_future&& other) noexcept = default;
        shared_future(future<R>&&) noexcept {}
        ~shared_future() = default;

        shared_future& operator=(shared_future const& other) = default;
        shared_future& operator=(shared_future&& other) noexcept = default;

        /// Blocks until ready.
        typename hpx::traits::future_traits<shared_future>::result_type get()
            const
        {
            std::terminate();
        }

        typename hpx::traits::future_traits<shared_future>::result_type get(
            error_code& /*ec*/) const
        {
            std::terminate();
        }

        using base_type::get_exception_ptr;
        using base_type::has_exception;
        using base_type::has_value;
        using base_type::is_ready;
        using base_type::valid;

        template <typename F>
        auto then(F&&, error_code& /*ec*/ = throws) const
            -> hpx::future<lcos::detail::continuation_result_t<
                std::invoke_result_t<F, shared_future>>>
        {
            return {};
        }

        template <typename T0, typename F>
        auto then(T0&&, F&&, error_code& /*ec*/ = throws) const
            -> hpx::future<lcos::detail::continuation_result_t<
                std::invoke_result_t<F, shared_future>>>
        {
            return {};
        }

        using base_type::wait;
        using base_type::wait_for;
        using base_type::wait_until;
    };

    template <typename T>
    future<std::decay_t<T>> make_ready_future(T&&)
    {
        return {};
    }

    inline future<void> make_ready_future()
    {
        return {};
    }

    template <typename T>
    future<T> make_exceptional_future(std::exception_ptr const&)
    {
        return {};
    }

    template <typename T, typename E>
    future<T> make_exceptional_future(E)
    {
        return {};
    }
}    // namespace hpx

#include <hpx/futures/traits/detail/future_await_traits.hpp>
