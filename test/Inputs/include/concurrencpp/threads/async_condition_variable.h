// Mirrors concurrencpp/threads/async_condition_variable.h (concurrencpp::async_condition_variable: await(resume_executor, lock[, pred]), notify_one, notify_all). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <memory>

#include "concurrencpp/executors/executor.h"
#include "concurrencpp/results/lazy_result.h"
#include "concurrencpp/threads/async_lock.h"

namespace concurrencpp {
    class async_condition_variable {
       public:
        async_condition_variable() noexcept {}
        ~async_condition_variable() noexcept {}

        async_condition_variable(const async_condition_variable&) noexcept = delete;
        async_condition_variable(async_condition_variable&&) noexcept = delete;

        /// Waits; the coroutine is resumed on `resume_executor`.
        lazy_result<void> await(std::shared_ptr<executor> /*resume_executor*/, scoped_async_lock& /*lock*/) { std::terminate(); }

        template<class predicate_type>
        lazy_result<void> await(std::shared_ptr<executor> /*resume_executor*/, scoped_async_lock& /*lock*/, predicate_type /*pred*/) { std::terminate(); }

        void notify_one() {}
        void notify_all() {}
    };
}  // namespace concurrencpp
