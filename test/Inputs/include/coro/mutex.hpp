// Mirrors coro/mutex.hpp (jbaldwin/libcoro coro::mutex, coro::scoped_lock). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <atomic>
#include <coroutine>
#include <type_traits>

namespace coro
{
class mutex;
class scoped_lock;
class condition_variable;

namespace detail
{
struct lock_operation_base
{
    explicit lock_operation_base(coro::mutex& m) : m_mutex(m) {}
    virtual ~lock_operation_base() = default;

    lock_operation_base(const lock_operation_base&)                    = delete;
    lock_operation_base(lock_operation_base&&)                         = delete;
    auto operator=(const lock_operation_base&) -> lock_operation_base& = delete;
    auto operator=(lock_operation_base&&) -> lock_operation_base&      = delete;

    auto await_ready() const noexcept -> bool { return false; }
    auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept -> bool
    {
        m_awaiting_coroutine = awaiting_coroutine;
        return true;
    }

protected:
    coro::mutex&            m_mutex;
    std::coroutine_handle<> m_awaiting_coroutine;
};

template<typename return_type>
struct lock_operation : public lock_operation_base
{
    explicit lock_operation(coro::mutex& m) : lock_operation_base(m) {}
    ~lock_operation() override = default;

    auto await_resume() noexcept -> return_type
    {
        if constexpr (std::is_same_v<scoped_lock, return_type>)
        {
            return scoped_lock{m_mutex};
        }
        else
        {
            return;
        }
    }
};
} // namespace detail

class scoped_lock
{
    friend class coro::mutex;
    friend class coro::condition_variable;

public:
    enum class lock_strategy
    {
        /// The lock is already acquired, adopt it as the new owner.
        adopt
    };

    explicit scoped_lock(class coro::mutex& m, lock_strategy strategy = lock_strategy::adopt) : m_mutex(&m)
    {
        (void)strategy;
    }

    ~scoped_lock() {}

    scoped_lock(const scoped_lock&) = delete;
    scoped_lock(scoped_lock&& other) noexcept : m_mutex(other.m_mutex) { other.m_mutex = nullptr; }
    auto operator=(const scoped_lock&) -> scoped_lock& = delete;
    auto operator=(scoped_lock&& other) noexcept -> scoped_lock&
    {
        m_mutex       = other.m_mutex;
        other.m_mutex = nullptr;
        return *this;
    }

    /**
     * Unlocks the scoped lock prior to it going out of scope.
     */
    auto unlock() -> void { m_mutex = nullptr; }

private:
    class coro::mutex* m_mutex{nullptr};
};

/// A coroutine mutex (the async alternative to std::mutex across co_await).
class mutex
{
public:
    explicit mutex() noexcept = default;
    ~mutex()                  = default;

    mutex(const mutex&)                    = delete;
    mutex(mutex&&)                         = delete;
    auto operator=(const mutex&) -> mutex& = delete;
    auto operator=(mutex&&) -> mutex&      = delete;

    /**
     * @brief To acquire the mutex's lock co_await this function. Upon acquiring the lock it returns a coro::scoped_lock
     *        which will hold the mutex until the coro::scoped_lock destructs.
     */
    [[nodiscard]] auto scoped_lock() -> detail::lock_operation<coro::scoped_lock>
    {
        return detail::lock_operation<coro::scoped_lock>{*this};
    }

    /**
     * @brief Locks the mutex; the caller must call unlock().
     */
    [[nodiscard]] auto lock() -> detail::lock_operation<void> { return detail::lock_operation<void>{*this}; }

    [[nodiscard]] auto try_lock() -> bool { return false; }

    auto unlock() -> void {}

private:
    std::atomic<void*> m_state{nullptr};
};

} // namespace coro
