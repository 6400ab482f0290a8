// Mirrors hpx/execution.hpp (execution policies, executors, P2300 sender basics, sync_wait). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <hpx/config.hpp>

#include <type_traits>
#include <utility>

#include <hpx/execution/algorithms/sync_wait.hpp>

namespace hpx::execution {

    struct sequenced_policy
    {
    };
    struct parallel_policy
    {
    };
    struct parallel_unsequenced_policy
    {
    };

    inline constexpr sequenced_policy seq{};
    inline constexpr parallel_policy par{};
    inline constexpr parallel_unsequenced_policy par_unseq{};

    /// Runs work on new HPX threads.
    class parallel_executor
    {
    public:
        parallel_executor() = default;
    };

    /// Runs work inline on the calling thread.
    class sequenced_executor
    {
    public:
        sequenced_executor() = default;
    };
}    // namespace hpx::execution

namespace hpx::execution::experimental {

    inline constexpr struct just_t final
    {
        template <typename... Ts>
        auto operator()(Ts&&...) const
        {
            return detail::sender<just_t, std::decay_t<Ts>...>{};
        }
    } just{};

    inline constexpr struct then_t final
    {
        template <typename Sender, typename F>
        auto operator()(Sender&&, F&&) const
        {
            return typename detail::sender_from<then_t,
                typename detail::invoke_values<F,
                    detail::values_of_t<Sender>>::type>::type{};
        }
    } then{};

    inline constexpr struct schedule_t final
    {
        template <typename Scheduler>
        auto operator()(Scheduler&& sched) const
            -> decltype(std::forward<Scheduler>(sched).schedule())
        {
            return std::forward<Scheduler>(sched).schedule();
        }
    } schedule{};

    inline constexpr struct continues_on_t final
    {
        template <typename Sender, typename Scheduler>
        auto operator()(Sender&&, Scheduler&&) const
        {
            return typename detail::sender_from<continues_on_t,
                detail::values_of_t<Sender>>::type{};
        }
    } continues_on{};

    /// Scheduler onto the HPX thread pool.
    struct thread_pool_scheduler
    {
        auto schedule() const
        {
            return detail::sender<schedule_t>{};
        }
        bool operator==(thread_pool_scheduler const&) const noexcept
        {
            return true;
        }
    };
}    // namespace hpx::execution::experimental
