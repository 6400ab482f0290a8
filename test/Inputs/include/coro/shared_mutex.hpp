// Mirrors coro/shared_mutex.hpp (jbaldwin/libcoro coro::shared_mutex<executor_type>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/concepts/executor.hpp"
#include "coro/task.hpp"

#include <memory>

namespace coro
{
template<concepts::executor executor_type>
class shared_mutex;

template<concepts::executor executor_type>
class shared_scoped_lock
{
public:
    shared_scoped_lock(shared_mutex<executor_type>& sm, bool exclusive) : m_shared_mutex(&sm), m_exclusive(exclusive) {}
    shared_scoped_lock(shared_scoped_lock&& other) noexcept
        : m_shared_mutex(std::exchange(other.m_shared_mutex, nullptr)),
          m_exclusive(other.m_exclusive)
    {
    }
    ~shared_scoped_lock() {}

    auto unlock() -> coro::task<void> { co_return; }

private:
    shared_mutex<executor_type>* m_shared_mutex{nullptr};
    bool                         m_exclusive{false};
};

template<concepts::executor executor_type>
class shared_mutex
{
public:
    explicit shared_mutex(std::unique_ptr<executor_type>& e) : m_executor(e.get()) {}
    ~shared_mutex() = default;

    [[nodiscard]] auto scoped_lock_shared() -> coro::task<shared_scoped_lock<executor_type>>
    {
        co_return shared_scoped_lock<executor_type>{*this, false};
    }
    [[nodiscard]] auto scoped_lock() -> coro::task<shared_scoped_lock<executor_type>>
    {
        co_return shared_scoped_lock<executor_type>{*this, true};
    }
    auto try_lock_shared() -> bool { return true; }
    auto try_lock() -> bool { return true; }
    auto unlock_shared() -> coro::task<void> { co_return; }
    auto unlock() -> coro::task<void> { co_return; }

private:
    executor_type* m_executor;
};

} // namespace coro
