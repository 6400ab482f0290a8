// Mirrors concurrencpp/results/result.h (concurrencpp::result<T>, result_promise<T>) + result_awaitable.h. Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>
#include <exception>
#include <utility>

#include "concurrencpp/coroutines/coroutine.h"
#include "concurrencpp/results/result_fwd_declarations.h"

namespace concurrencpp {
    /// co_await result: "resumed ... by the thread which had set the
    /// asynchronous value or exception" (inline).
    template<class type>
    class awaitable : public details::suspend_always {
       public:
        bool await_ready() const noexcept { return false; }
        bool await_suspend(details::coroutine_handle<void>) noexcept { return true; }
        type await_resume() { std::terminate(); }
    };

    /// co_await result.resolve(): resumes with the (ready) result<type> itself.
    template<class type>
    class resolve_awaitable : public details::suspend_always {
       public:
        bool await_ready() const noexcept { return false; }
        bool await_suspend(details::coroutine_handle<void>) noexcept { return true; }
        result<type> await_resume() { std::terminate(); }
    };

    /// The consumer side of an asynchronous value. Also a coroutine return type
    /// (promise type via std::coroutine_traits, see results/promises.h).
    template<class type>
    class result {
       public:
        using value_type = type;

        result() noexcept = default;
        result(result&& rhs) noexcept = default;
        result& operator=(result&& rhs) noexcept = default;
        result(const result& rhs) = delete;
        result& operator=(const result& rhs) = delete;

        explicit operator bool() const noexcept { return true; }

        result_status status() const { return result_status::idle; }

        /// Blocks until the asynchronous result is ready.
        void wait() const {}

        template<class duration_type, class ratio_type>
        result_status wait_for(std::chrono::duration<duration_type, ratio_type>) const {
            return result_status::idle;
        }

        template<class clock_type, class duration_type>
        result_status wait_until(std::chrono::time_point<clock_type, duration_type>) const {
            return result_status::idle;
        }

        /// Blocks until ready, then returns the value or rethrows the exception.
        type get() { std::terminate(); }

        auto operator co_await() { return awaitable<type> {}; }

        auto resolve() { return resolve_awaitable<type> {}; }
    };

    /// The producer side: set_result()/set_exception()/set_from_function()
    /// resume an awaiting coroutine inline on the setting thread.
    template<class type>
    class result_promise {
       public:
        result_promise() {}
        result_promise(result_promise&& rhs) noexcept = default;
        result_promise& operator=(result_promise&& rhs) noexcept = default;
        result_promise(const result_promise&) = delete;
        result_promise& operator=(const result_promise&) = delete;
        ~result_promise() noexcept {}

        explicit operator bool() const noexcept { return true; }

        template<class... argument_types>
        void set_result(argument_types&&...) {}

        void set_exception(std::exception_ptr) {}

        template<class callable_type, class... argument_types>
        void set_from_function(callable_type&&, argument_types&&...) noexcept {}

        result<type> get_result() { return result<type> {}; }
    };
}  // namespace concurrencpp

#include "concurrencpp/results/promises.h"
