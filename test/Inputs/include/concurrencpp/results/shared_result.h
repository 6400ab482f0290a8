// Mirrors concurrencpp/results/shared_result.h (concurrencpp::shared_result<T>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <chrono>
#include <type_traits>

#include "concurrencpp/results/result.h"

namespace concurrencpp {
    template<class type>
    class shared_awaitable : public details::suspend_always {
       public:
        bool await_ready() const noexcept { return false; }
        bool await_suspend(details::coroutine_handle<void>) noexcept { return true; }
        std::add_lvalue_reference_t<type> await_resume() { std::terminate(); }
    };

    template<class type>
    class shared_resolve_awaitable : public details::suspend_always {
       public:
        bool await_ready() const noexcept { return false; }
        bool await_suspend(details::coroutine_handle<void>) noexcept { return true; }
        shared_result<type> await_resume() { std::terminate(); }
    };

    template<class type>
    class shared_result {
       public:
        shared_result() noexcept = default;
        shared_result(result<type>) {}
        shared_result(const shared_result& rhs) noexcept = default;
        shared_result(shared_result&& rhs) noexcept = default;
        shared_result& operator=(const shared_result& rhs) noexcept = default;
        shared_result& operator=(shared_result&& rhs) noexcept = default;
        ~shared_result() noexcept = default;

        operator bool() const noexcept { return true; }

        result_status status() const { return result_status::idle; }

        void wait() {}

        template<class duration_type, class ratio_type>
        result_status wait_for(std::chrono::duration<duration_type, ratio_type>) {
            return result_status::idle;
        }

        template<class clock_type, class duration_type>
        result_status wait_until(std::chrono::time_point<clock_type, duration_type>) {
            return result_status::idle;
        }

        std::add_lvalue_reference_t<type> get() { std::terminate(); }

        auto operator co_await() { return shared_awaitable<type> {}; }

        auto resolve() { return shared_resolve_awaitable<type> {}; }
    };
}  // namespace concurrencpp
