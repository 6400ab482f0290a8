// Mirrors coro/thread_pool.hpp (jbaldwin/libcoro coro::thread_pool). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/concepts/range_of.hpp"
#include "coro/task.hpp"

#include <atomic>
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <thread>

namespace coro
{
class thread_pool
{
    struct private_constructor
    {
        explicit private_constructor() = default;
    };

public:
    class schedule_operation
    {
        friend class thread_pool;

    public:
        explicit schedule_operation(thread_pool& tp) noexcept : m_thread_pool(tp) {}

        auto await_ready() noexcept -> bool { return false; }

        auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept -> void
        {
            m_thread_pool.resume(awaiting_coroutine);
        }

        auto await_resume() noexcept -> void {}

    private:
        thread_pool& m_thread_pool;
    };

    struct options
    {
        uint32_t                         thread_count            = std::thread::hardware_concurrency();
        std::function<void(std::size_t)> on_thread_start_functor = nullptr;
        std::function<void(std::size_t)> on_thread_stop_functor  = nullptr;
    };

    explicit thread_pool(options&& opts, private_constructor) : m_opts(std::move(opts)) {}

    /**
     * @brief Creates a thread pool executor.
     */
    static auto make_unique(
        options opts = options{
            .thread_count            = std::thread::hardware_concurrency(),
            .on_thread_start_functor = nullptr,
            .on_thread_stop_functor  = nullptr}) -> std::unique_ptr<thread_pool>
    {
        return std::make_unique<thread_pool>(std::move(opts), private_constructor{});
    }

    thread_pool(const thread_pool&)                    = delete;
    thread_pool(thread_pool&&)                         = delete;
    auto operator=(const thread_pool&) -> thread_pool& = delete;
    auto operator=(thread_pool&&) -> thread_pool&      = delete;

    virtual ~thread_pool() {}

    [[nodiscard]] auto thread_count() const noexcept -> size_t { return m_opts.thread_count; }

    /**
     * Schedules the currently executing coroutine to be run on this thread pool.
     */
    [[nodiscard]] auto schedule() -> schedule_operation { return schedule_operation{*this}; }

    /**
     * Spawns the given task to be run on this thread pool, the task is detached from the user.
     */
    auto spawn_detached(coro::task<void>&& task) noexcept -> bool { (void)task; return true; }

    /**
     * Spawns the given task; the returned task must be co_await'ed ("if you drop the returned join
     * task without awaiting it, then it could hang the thread").
     */
    auto spawn_joinable(coro::task<void>&& task) noexcept -> coro::task<void> { return std::move(task); }

    /**
     * Schedules a task on the thread pool and returns another task that must be awaited on for completion.
     */
    template<typename return_type>
    [[nodiscard]] auto schedule(coro::task<return_type> task) -> coro::task<return_type>
    {
        co_await schedule();
        co_return co_await task;
    }

    auto resume(std::coroutine_handle<> handle) noexcept -> bool { (void)handle; return true; }

    template<coro::concepts::sized_range_of<std::coroutine_handle<>> range_type>
    auto resume(const range_type& handles) noexcept -> std::size_t
    {
        return std::size(handles);
    }

    [[nodiscard]] auto yield() -> schedule_operation { return schedule(); }

    /**
     * Shuts down the thread pool; blocks until all worker threads are joined.
     */
    auto shutdown() noexcept -> void {}

    [[nodiscard]] auto is_shutdown() const -> bool { return false; }

    auto size() const noexcept -> std::size_t { return 0; }

    auto empty() const noexcept -> bool { return size() == 0; }

    auto queue_size() const noexcept -> std::size_t { return 0; }

    auto queue_empty() const noexcept -> bool { return queue_size() == 0; }

private:
    options m_opts;
};

} // namespace coro
