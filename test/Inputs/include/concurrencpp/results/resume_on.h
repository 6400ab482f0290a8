// Mirrors concurrencpp/results/resume_on.h (concurrencpp::resume_on). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <memory>

#include "concurrencpp/coroutines/coroutine.h"

namespace concurrencpp::details {
    template<class executor_type>
    class resume_on_awaitable : public suspend_always {
       public:
        resume_on_awaitable(executor_type& executor) noexcept : m_executor(executor) {}
        resume_on_awaitable(const resume_on_awaitable&) = delete;
        resume_on_awaitable(resume_on_awaitable&&) = delete;

        void await_suspend(coroutine_handle<void>) { (void)m_executor; }
        void await_resume() const {}

       private:
        executor_type& m_executor;
    };
}  // namespace concurrencpp::details

namespace concurrencpp {
    /// `co_await resume_on(ex)`: continue the coroutine on `ex` (the async policy).
    template<class executor_type>
    auto resume_on(std::shared_ptr<executor_type> executor) {
        return details::resume_on_awaitable<executor_type>(*executor);
    }

    template<class executor_type>
    auto resume_on(executor_type& executor) noexcept {
        return details::resume_on_awaitable<executor_type>(executor);
    }
}  // namespace concurrencpp
