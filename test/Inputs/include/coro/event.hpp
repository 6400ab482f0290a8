// Mirrors coro/event.hpp (jbaldwin/libcoro coro::event, coro::resume_order_policy). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/concepts/executor.hpp"

#include <atomic>
#include <coroutine>
#include <memory>

namespace coro
{
enum class resume_order_policy
{
    /// Last in first out, this is the default policy.
    lifo,
    /// First in first out.
    fifo
};

/**
 * Event is a manually triggered thread safe signal that can be co_await()'ed by multiple awaiters.
 */
class event
{
public:
    struct awaiter
    {
        awaiter(const event& e) noexcept : m_event(e) {}

        auto await_ready() const noexcept -> bool { return m_event.is_set(); }

        auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept -> bool
        {
            m_awaiting_coroutine = awaiting_coroutine;
            return true;
        }

        auto await_resume() noexcept {}

        awaiter*                m_next{nullptr};
        std::coroutine_handle<> m_awaiting_coroutine;
        const event&            m_event;
    };

    explicit event(bool initially_set = false) noexcept : m_state(initially_set ? this : nullptr) {}
    ~event() = default;

    event(const event&)                    = delete;
    event(event&&)                         = delete;
    auto operator=(const event&) -> event& = delete;
    auto operator=(event&&) -> event&      = delete;

    auto is_set() const noexcept -> bool { return m_state.load(std::memory_order::acquire) == this; }

    /**
     * Sets this event and resumes all awaiters.  Note that all waiters will be resumed onto this
     * thread of execution.
     */
    auto set(resume_order_policy policy = resume_order_policy::lifo) noexcept -> void { (void)policy; }

    /**
     * Sets this event and resumes all awaiters onto the given executor.
     */
    template<concepts::executor executor_type>
    auto set(std::unique_ptr<executor_type>& e, resume_order_policy policy = resume_order_policy::lifo) noexcept -> void
    {
        (void)e;
        (void)policy;
    }

    auto operator co_await() const noexcept -> awaiter { return awaiter(*this); }

    auto reset() noexcept -> void {}

private:
    friend struct awaiter;
    mutable std::atomic<void*> m_state;
};

} // namespace coro
