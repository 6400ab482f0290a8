// Mirrors concurrencpp/task.h (concurrencpp::task, a type-erased callable). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

#include "concurrencpp/coroutines/coroutine.h"

namespace concurrencpp {
    class task {
        struct base {
            virtual ~base() = default;
            virtual void call() = 0;
        };
        template<class callable_type>
        struct impl final : base {
            explicit impl(callable_type&& c) : m_callable(std::move(c)) {}
            void call() override { m_callable(); }
            callable_type m_callable;
        };

        std::unique_ptr<base> m_impl;

       public:
        task() noexcept = default;
        task(task&& rhs) noexcept = default;
        task(details::coroutine_handle<void>) noexcept {}

        template<class callable_type,
                 class = std::enable_if_t<!std::is_same_v<std::decay_t<callable_type>, task>>>
        task(callable_type&& callable) :
            m_impl(new impl<std::decay_t<callable_type>>(std::decay_t<callable_type>(std::forward<callable_type>(callable)))) {}

        ~task() noexcept = default;

        task(const task& rhs) = delete;
        task& operator=(const task&) = delete;
        task& operator=(task&& rhs) noexcept = default;

        void operator()() { m_impl->call(); }

        explicit operator bool() const noexcept { return static_cast<bool>(m_impl); }
    };
}  // namespace concurrencpp
