// Mirrors concurrencpp/results/lazy_result.h (concurrencpp::lazy_result<T>, a lazy coroutine) + lazy_result_awaitable.h. Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <utility>

#include "concurrencpp/coroutines/coroutine.h"
#include "concurrencpp/results/result.h"
#include "concurrencpp/results/result_fwd_declarations.h"

namespace concurrencpp::details {
    template<class type>
    class lazy_result_state;
}  // namespace concurrencpp::details

namespace concurrencpp {
    template<class type>
    class lazy_awaitable {
       public:
        explicit lazy_awaitable(details::coroutine_handle<details::lazy_result_state<type>> state) noexcept : m_state(state) {}
        bool await_ready() const noexcept { return false; }
        details::coroutine_handle<void> await_suspend(details::coroutine_handle<void>) noexcept { return m_state; }
        type await_resume() { std::terminate(); }

       private:
        details::coroutine_handle<details::lazy_result_state<type>> m_state;
    };

    template<class type>
    class lazy_resolve_awaitable {
       public:
        explicit lazy_resolve_awaitable(details::coroutine_handle<details::lazy_result_state<type>> state) noexcept : m_state(state) {}
        bool await_ready() const noexcept { return false; }
        details::coroutine_handle<void> await_suspend(details::coroutine_handle<void>) noexcept { return m_state; }
        lazy_result<type> await_resume() noexcept { return lazy_result<type>(m_state); }

       private:
        details::coroutine_handle<details::lazy_result_state<type>> m_state;
    };

    /// A lazily started coroutine result: the callee starts when awaited
    /// (symmetric transfer) or when run() is called.
    template<class type>
    class lazy_result {
       public:
        lazy_result() noexcept = default;
        lazy_result(lazy_result&& rhs) noexcept : m_state(std::exchange(rhs.m_state, {})) {}
        lazy_result(details::coroutine_handle<details::lazy_result_state<type>> state) noexcept : m_state(state) {}
        ~lazy_result() noexcept {}

        lazy_result& operator=(lazy_result&& rhs) noexcept {
            m_state = std::exchange(rhs.m_state, {});
            return *this;
        }

        explicit operator bool() const noexcept { return static_cast<bool>(m_state); }

        result_status status() const { return result_status::idle; }

        auto operator co_await() { return lazy_awaitable<type> {std::exchange(m_state, {})}; }

        auto resolve() { return lazy_resolve_awaitable<type> {std::exchange(m_state, {})}; }

        /// Starts the coroutine eagerly and converts to a result<type>.
        result<type> run() { return result<type> {}; }

       private:
        details::coroutine_handle<details::lazy_result_state<type>> m_state;
    };
}  // namespace concurrencpp

#include "concurrencpp/results/promises.h"
