// Mirrors hpx/async_base/launch_policy.hpp (hpx::launch with static policy objects of distinct types). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <type_traits>

namespace hpx {

    enum class launch_policy : char
    {
        async = 0x01,
        deferred = 0x02,
        task = 0x04,
        sync = 0x08,
        fork = 0x10,
        apply = 0x20,

        sync_policies = 0x0a,     // sync | deferred
        async_policies = 0x15,    // async | task | fork
        all = 0x3f
    };

    namespace detail {

        struct policy_holder_base
        {
            constexpr explicit policy_holder_base(
                launch_policy p = launch_policy::all) noexcept
              : policy_(p)
            {
            }

            constexpr launch_policy get_policy() const noexcept
            {
                return policy_;
            }
            constexpr launch_policy policy() const noexcept
            {
                return policy_;
            }

            launch_policy policy_;
        };

        template <typename Derived = void>
        struct policy_holder : policy_holder_base
        {
            constexpr explicit policy_holder(
                launch_policy p = launch_policy::all) noexcept
              : policy_holder_base(p)
            {
            }
            constexpr policy_holder(policy_holder_base const& p) noexcept
              : policy_holder_base(p)
            {
            }
        };

        /// Run the continuation/task on a new HPX thread.
        struct async_policy : policy_holder<async_policy>
        {
            constexpr async_policy() noexcept
              : policy_holder<async_policy>(launch_policy::async)
            {
            }
        };

        /// Run on a new HPX thread, and switch to it immediately.
        struct fork_policy : policy_holder<fork_policy>
        {
            constexpr fork_policy() noexcept
              : policy_holder<fork_policy>(launch_policy::fork)
            {
            }
        };

        /// Run inline, on the thread that makes the future ready.
        struct sync_policy : policy_holder<sync_policy>
        {
            constexpr sync_policy() noexcept
              : policy_holder<sync_policy>(launch_policy::sync)
            {
            }
        };

        /// Run lazily, in get()/wait().
        struct deferred_policy : policy_holder<deferred_policy>
        {
            constexpr deferred_policy() noexcept
              : policy_holder<deferred_policy>(launch_policy::deferred)
            {
            }
        };

        /// Fire and forget.
        struct apply_policy : policy_holder<apply_policy>
        {
            constexpr apply_policy() noexcept
              : policy_holder<apply_policy>(launch_policy::apply)
            {
            }
        };

        template <typename Left, typename Right>
        constexpr policy_holder_base operator|(policy_holder<Left> const& lhs,
            policy_holder<Right> const& rhs) noexcept
        {
            return policy_holder_base(static_cast<launch_policy>(
                static_cast<int>(lhs.policy()) |
                static_cast<int>(rhs.policy())));
        }
    }    // namespace detail

    struct launch : detail::policy_holder<>
    {
        constexpr launch() noexcept
          : detail::policy_holder<>{launch_policy::all}
        {
        }

        template <typename Derived>
        constexpr launch(detail::policy_holder<Derived> const& ph) noexcept
          : detail::policy_holder<>{ph}
        {
        }

        constexpr launch(detail::policy_holder_base const& ph) noexcept
          : detail::policy_holder<>{ph}
        {
        }

        using async_policy = detail::async_policy;
        using fork_policy = detail::fork_policy;
        using sync_policy = detail::sync_policy;
        using deferred_policy = detail::deferred_policy;
        using apply_policy = detail::apply_policy;

        static detail::async_policy const async;
        static detail::fork_policy const fork;
        static detail::sync_policy const sync;
        static detail::deferred_policy const deferred;
        static detail::apply_policy const apply;

        static detail::policy_holder<> const all;
        static detail::policy_holder<> const sync_policies;
        static detail::policy_holder<> const async_policies;
    };

    namespace traits {
        template <typename Policy>
        struct is_launch_policy
          : std::is_base_of<detail::policy_holder_base, Policy>
        {
        };

        template <typename Policy>
        inline constexpr bool is_launch_policy_v =
            is_launch_policy<Policy>::value;
    }    // namespace traits
}    // namespace hpx
