// Mirrors coro/task_group.hpp (jbaldwin/libcoro coro::task_group<executor_type>, formerly task_container). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/concepts/executor.hpp"
#include "coro/concepts/range_of.hpp"
#include "coro/event.hpp"
#include "coro/task.hpp"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <thread>

namespace coro
{
template<concepts::executor executor_type>
class task_group
{
public:
    explicit task_group(executor_type* executor) : m_executor(executor) {}

    explicit task_group(executor_type* executor, coro::task<void>&& task) : task_group(executor)
    {
        (void)start(std::move(task));
    }

    template<coro::concepts::range_of<coro::task<void>> range_type>
    explicit task_group(executor_type* executor, range_type tasks) : task_group(executor)
    {
        for (auto& task : tasks)
        {
            (void)start(std::move(task));
        }
    }

    explicit task_group(std::unique_ptr<executor_type>& executor) : task_group(executor.get()) {}

    explicit task_group(std::unique_ptr<executor_type>& executor, coro::task<void>&& task)
        : task_group(executor.get(), std::move(task))
    {
    }

    template<coro::concepts::range_of<coro::task<void>> range_type>
    explicit task_group(std::unique_ptr<executor_type>& executor, range_type tasks)
        : task_group(executor.get(), std::forward<range_type>(tasks))
    {
    }

    task_group(const task_group&)                    = delete;
    task_group(task_group&&)                         = delete;
    auto operator=(const task_group&) -> task_group& = delete;
    auto operator=(task_group&&) -> task_group&      = delete;

    /**
     * When the task group destructs it waits for all of its tasks to complete. It is advisable to
     * use `co_await task_group` to efficiently wait for all tasks to complete as
     * destructors cannot be co_await'ed this will hang the calling thread until they are done.
     */
    ~task_group()
    {
        while (!empty())
        {
            // Sleep a bit so the cpu doesn't totally churn.
            std::this_thread::sleep_for(std::chrono::milliseconds{10});
        }
    }

    /**
     * @brief Starts the task on the group's executor and tracks it.
     */
    [[nodiscard]] auto start(coro::task<void>&& task) -> bool
    {
        m_size.fetch_add(1, std::memory_order::release);
        return m_executor->spawn_detached(std::move(task));
    }

    [[nodiscard]] auto size() const -> std::size_t { return m_size.load(std::memory_order::acquire); }

    [[nodiscard]] auto empty() const -> bool { return size() == 0; }

    /**
     * Wait until the task group's tasks are completed (zero tasks remain).
     */
    auto operator co_await() const noexcept -> event::awaiter { return m_on_empty_event.operator co_await(); }

private:
    executor_type*           m_executor{nullptr};
    std::atomic<std::size_t> m_size{0};
    coro::event              m_on_empty_event{true};
};

} // namespace coro
