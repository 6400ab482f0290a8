// Mirrors coro/io_scheduler.hpp of libcoro before 2026-01 (coro::io_scheduler, renamed coro::scheduler). Legacy API, not included by coro/coro.hpp. Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/task.hpp"
#include "coro/thread_pool.hpp"

#include <chrono>
#include <coroutine>
#include <cstddef>
#include <functional>
#include <memory>

namespace coro
{
class io_scheduler
{
    struct private_constructor
    {
        explicit private_constructor() = default;
    };

public:
    class schedule_operation
    {
    public:
        explicit schedule_operation(io_scheduler& s) noexcept : m_scheduler(s) {}
        auto await_ready() noexcept -> bool { return false; }
        auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept -> void
        {
            m_scheduler.resume(awaiting_coroutine);
        }
        auto await_resume() noexcept -> void {}

    private:
        io_scheduler& m_scheduler;
    };

    enum class thread_strategy_t
    {
        spawn,
        manual
    };

    enum class execution_strategy_t
    {
        process_tasks_on_thread_pool,
        process_tasks_inline
    };

    struct options
    {
        thread_strategy_t     thread_strategy{thread_strategy_t::spawn};
        std::function<void()> on_io_thread_start_functor{nullptr};
        std::function<void()> on_io_thread_stop_functor{nullptr};
        execution_strategy_t  execution_strategy{execution_strategy_t::process_tasks_on_thread_pool};
    };

    explicit io_scheduler(options&& opts, private_constructor) : m_opts(std::move(opts)) {}

    static auto make_shared(
        options opts = options{
            .thread_strategy            = thread_strategy_t::spawn,
            .on_io_thread_start_functor = nullptr,
            .on_io_thread_stop_functor  = nullptr,
            .execution_strategy         = execution_strategy_t::process_tasks_on_thread_pool})
        -> std::shared_ptr<io_scheduler>
    {
        return std::make_shared<io_scheduler>(std::move(opts), private_constructor{});
    }

    static auto make_unique(
        options opts = options{
            .thread_strategy            = thread_strategy_t::spawn,
            .on_io_thread_start_functor = nullptr,
            .on_io_thread_stop_functor  = nullptr,
            .execution_strategy         = execution_strategy_t::process_tasks_on_thread_pool})
        -> std::unique_ptr<io_scheduler>
    {
        return std::make_unique<io_scheduler>(std::move(opts), private_constructor{});
    }

    /// Blocks up to `timeout` processing events (thread_strategy_t::manual).
    auto process_events(std::chrono::milliseconds timeout = std::chrono::milliseconds{0}) -> std::size_t
    {
        (void)timeout;
        return 0;
    }

    auto schedule() -> schedule_operation { return schedule_operation{*this}; }
    auto spawn_detached(coro::task<void>&& task) -> bool
    {
        (void)task;
        return true;
    }
    auto spawn_joinable(coro::task<void>&& task) -> coro::task<void> { return std::move(task); }
    auto yield() -> schedule_operation { return schedule_operation{*this}; }
    auto resume(std::coroutine_handle<> handle) -> bool
    {
        (void)handle;
        return true;
    }
    auto size() const noexcept -> std::size_t { return 0; }
    auto empty() const noexcept -> bool { return size() == 0; }
    auto shutdown() noexcept -> void {}

private:
    options m_opts;
};

} // namespace coro
