// Mirrors hpx/experimental/task_group.hpp (hpx::experimental::task_group: run, wait). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <hpx/config.hpp>

#include <type_traits>

namespace hpx::experimental {

    /// Join scope; wait() suspends the calling HPX thread (or blocks an OS
    /// thread) until every task run() in the group has finished.
    class task_group
    {
    public:
        task_group() = default;
        ~task_group() = default;

        task_group(task_group const&) = delete;
        task_group(task_group&&) = delete;
        task_group& operator=(task_group const&) = delete;
        task_group& operator=(task_group&&) = delete;

        template <typename Executor, typename F, typename... Ts,
            typename = std::enable_if_t<!std::is_invocable_v<Executor, F, Ts...>>>
        void run(Executor&&, F&&, Ts&&...)
        {
        }

        template <typename F, typename... Ts,
            typename = std::enable_if_t<std::is_invocable_v<F, Ts...>>>
        void run(F&&, Ts&&...)
        {
        }

        void wait() {}
    };
}    // namespace hpx::experimental
