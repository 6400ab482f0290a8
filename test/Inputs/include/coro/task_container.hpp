// Mirrors coro/task_container.hpp of libcoro < v0.16 (coro::task_container, renamed task_group in 2025-11). Legacy API, not included by coro/coro.hpp. Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/concepts/executor.hpp"
#include "coro/task.hpp"

#include <chrono>
#include <cstddef>
#include <memory>
#include <thread>

namespace coro
{
template<concepts::executor executor_type>
class task_container
{
public:
    enum class garbage_collect_t
    {
        yes,
        no
    };

    explicit task_container(std::unique_ptr<executor_type>& e) : m_executor(e.get()) {}
    task_container(const task_container&)                    = delete;
    task_container(task_container&&)                         = delete;
    auto operator=(const task_container&) -> task_container& = delete;
    auto operator=(task_container&&) -> task_container&      = delete;

    /// Busy-waits (sleeping) until empty; blocking on an executor thread can hang.
    ~task_container()
    {
        while (!empty())
        {
            std::this_thread::sleep_for(std::chrono::milliseconds{10});
        }
    }

    auto start(coro::task<void>&& user_task, garbage_collect_t cleanup = garbage_collect_t::yes) -> void
    {
        (void)cleanup;
        m_executor->spawn_detached(std::move(user_task));
    }

    auto garbage_collect() noexcept -> std::size_t { return 0; }

    auto size() const -> std::size_t { return 0; }
    auto empty() const -> bool { return size() == 0; }
    auto capacity() const noexcept -> std::size_t { return 0; }

    /// Yields on the executor until the container is empty (co_await it).
    auto yield_until_empty() -> coro::task<void> { co_await m_executor->yield(); }

private:
    executor_type* m_executor;
};

} // namespace coro
