// Mirrors coro/condition_variable.hpp (jbaldwin/libcoro coro::condition_variable). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/concepts/executor.hpp"
#include "coro/mutex.hpp"
#include "coro/task.hpp"

#include <coroutine>
#include <functional>
#include <memory>

namespace coro
{
class condition_variable
{
public:
    using predicate_type = std::function<bool()>;

    struct awaiter_base
    {
        awaiter_base(coro::condition_variable& cv, coro::scoped_lock& l) : m_condition_variable(cv), m_lock(l) {}
        virtual ~awaiter_base() = default;

        awaiter_base(const awaiter_base&)                    = delete;
        awaiter_base(awaiter_base&&)                         = delete;
        auto operator=(const awaiter_base&) -> awaiter_base& = delete;
        auto operator=(awaiter_base&&) -> awaiter_base&      = delete;

        awaiter_base*             m_next{nullptr};
        coro::condition_variable& m_condition_variable;
        coro::scoped_lock&        m_lock;
    };

    struct awaiter : public awaiter_base
    {
        awaiter(coro::condition_variable& cv, coro::scoped_lock& l) noexcept : awaiter_base(cv, l) {}
        ~awaiter() override = default;

        auto await_ready() const noexcept -> bool { return false; }
        auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept -> bool
        {
            (void)awaiting_coroutine;
            return true;
        }
        auto await_resume() noexcept {}
    };

    struct awaiter_with_predicate : public awaiter_base
    {
        awaiter_with_predicate(coro::condition_variable& cv, coro::scoped_lock& l, predicate_type p) noexcept
            : awaiter_base(cv, l),
              m_predicate(std::move(p))
        {
        }
        ~awaiter_with_predicate() override = default;

        auto await_ready() const noexcept -> bool { return m_predicate(); }
        auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept -> bool
        {
            (void)awaiting_coroutine;
            return true;
        }
        auto await_resume() noexcept {}

        predicate_type m_predicate;
    };

    condition_variable()  = default;
    ~condition_variable() = default;

    condition_variable(const condition_variable&)                    = delete;
    condition_variable(condition_variable&&)                         = delete;
    auto operator=(const condition_variable&) -> condition_variable& = delete;
    auto operator=(condition_variable&&) -> condition_variable&      = delete;

    /**
     * @brief Notifies a single waiter (resumed inline when the returned task is awaited).
     */
    auto notify_one() -> coro::task<void> { co_return; }

    /**
     * @brief Notifies a single waiter and resumes the waiter on the given executor.
     */
    template<coro::concepts::executor executor_type>
    auto notify_one(std::unique_ptr<executor_type>& executor) -> void
    {
        executor->spawn_detached(notify_one());
    }

    /**
     * @brief Notifies all waiters (resumed inline when the returned task is awaited).
     */
    auto notify_all() -> coro::task<void> { co_return; }

    /**
     * @brief Notifies all waiters and resumes them on the given executor.
     */
    template<coro::concepts::executor executor_type>
    auto notify_all(std::unique_ptr<executor_type>& executor) -> void
    {
        executor->spawn_detached(notify_all());
    }

    [[nodiscard]] auto wait(coro::scoped_lock& lock) -> awaiter { return awaiter{*this, lock}; }

    [[nodiscard]] auto wait(coro::scoped_lock& lock, predicate_type predicate) -> awaiter_with_predicate
    {
        return awaiter_with_predicate{*this, lock, std::move(predicate)};
    }
};

} // namespace coro
