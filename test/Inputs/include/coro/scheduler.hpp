// Mirrors coro/scheduler.hpp (jbaldwin/libcoro coro::scheduler, formerly io_scheduler). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/task.hpp"
#include "coro/thread_pool.hpp"

#include <chrono>
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

namespace coro
{
enum timeout_status
{
    no_timeout,
    timeout,
};

class scheduler
{
    using clock      = std::chrono::steady_clock;
    using time_point = clock::time_point;

    struct private_constructor
    {
        explicit private_constructor() = default;
    };

public:
    class schedule_operation
    {
        friend class scheduler;

    public:
        explicit schedule_operation(scheduler& s) noexcept : m_scheduler(s) {}

        auto await_ready() noexcept -> bool { return false; }
        auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept -> void
        {
            m_scheduler.resume(awaiting_coroutine);
        }
        auto await_resume() noexcept -> void {}

    private:
        scheduler& m_scheduler;
    };

    enum class thread_strategy_t
    {
        /// Spawns a dedicated background thread for the scheduler to run on.
        spawn,
        /// Requires the user to call process_events() to drive the scheduler.
        manual
    };

    enum class execution_strategy_t
    {
        /// Tasks will be FIFO queued to be executed on a thread pool.
        process_tasks_on_thread_pool,
        /// Tasks will be executed inline on the io scheduler thread.
        process_tasks_inline
    };

    struct options
    {
        thread_strategy_t    thread_strategy{thread_strategy_t::spawn};
        std::function<void()> on_io_thread_start_functor{nullptr};
        std::function<void()> on_io_thread_stop_functor{nullptr};
        thread_pool::options pool{};
        execution_strategy_t execution_strategy{execution_strategy_t::process_tasks_on_thread_pool};
    };

    explicit scheduler(options&& opts, private_constructor) : m_opts(std::move(opts)) {}

    static auto make_unique(
        options opts = options{
            .thread_strategy            = thread_strategy_t::spawn,
            .on_io_thread_start_functor = nullptr,
            .on_io_thread_stop_functor  = nullptr,
            .pool =
                {.thread_count = 1,
                 .on_thread_start_functor = nullptr,
                 .on_thread_stop_functor  = nullptr},
            .execution_strategy = execution_strategy_t::process_tasks_on_thread_pool}) -> std::unique_ptr<scheduler>
    {
        return std::make_unique<scheduler>(std::move(opts), private_constructor{});
    }

    scheduler(const scheduler&)                    = delete;
    scheduler(scheduler&&)                         = delete;
    auto operator=(const scheduler&) -> scheduler& = delete;
    auto operator=(scheduler&&) -> scheduler&      = delete;

    ~scheduler() {}

    /**
     * Given a thread_strategy_t::manual this function should be called at regular intervals to
     * process events that are ready (blocks up to `timeout`).
     */
    auto process_events(std::chrono::milliseconds timeout = std::chrono::milliseconds{0}) -> std::size_t
    {
        (void)timeout;
        return 0;
    }

    auto schedule() -> schedule_operation { return schedule_operation{*this}; }

    auto spawn_detached(coro::task<void>&& task) -> bool { (void)task; return true; }

    auto spawn_joinable(coro::task<void>&& task) -> coro::task<void> { return std::move(task); }

    template<typename return_type>
    [[nodiscard]] auto schedule(coro::task<return_type> task) -> coro::task<return_type>
    {
        co_await schedule();
        co_return co_await task;
    }

    template<class rep_type, class period_type>
    [[nodiscard]] auto schedule_after(std::chrono::duration<rep_type, period_type> amount) -> coro::task<void>
    {
        (void)amount;
        co_await schedule();
    }

    [[nodiscard]] auto yield() -> schedule_operation { return schedule_operation{*this}; }

    template<class rep_type, class period_type>
    [[nodiscard]] auto yield_for(std::chrono::duration<rep_type, period_type> amount) -> coro::task<void>
    {
        (void)amount;
        co_await schedule();
    }

    auto resume(std::coroutine_handle<> handle) -> bool { (void)handle; return true; }

    auto size() const noexcept -> std::size_t { return 0; }

    auto empty() const noexcept -> bool { return size() == 0; }

    auto shutdown() noexcept -> void {}

private:
    options m_opts;
};

} // namespace coro
