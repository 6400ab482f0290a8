// Mirrors exec/async_scope.hpp (NVIDIA/stdexec exec::async_scope). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <stdexec/execution.hpp>

#if defined(ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE)
namespace exec
#else
namespace experimental::execution
#endif
{
  namespace __scope
  {
    struct __when_empty_t
    {};
    struct __nest_t
    {};
    struct __future_t
    {};

    /// Pre-standard join scope: spawn / spawn_future / nest; join with
    /// `co_await scope.on_empty()` (or sync_wait(scope.on_empty()), which blocks).
    struct async_scope
    {
      async_scope() = default;
      async_scope(async_scope&&) = delete;

      template <stdexec::sender _Constrained>
      [[nodiscard]]
      constexpr auto when_empty(_Constrained&&) const
      {
        return stdexec::__detail::__sender_from_t<__when_empty_t, stdexec::__detail::__values_of_t<_Constrained>>{};
      }

      [[nodiscard]]
      constexpr auto on_empty() const
      {
        return stdexec::__detail::__basic_sender<__when_empty_t>{};
      }

      template <stdexec::sender _Constrained>
      [[nodiscard]]
      constexpr auto nest(_Constrained&&)
      {
        return stdexec::__detail::__sender_from_t<__nest_t, stdexec::__detail::__values_of_t<_Constrained>>{};
      }

      template <class _Env = stdexec::env<>, stdexec::sender _Sender>
      void spawn(_Sender&&, _Env = {})
      {}

      template <class _Env = stdexec::env<>, stdexec::sender _Sender>
      [[nodiscard]]
      auto spawn_future(_Sender&&, _Env = {})
      {
        return stdexec::__detail::__sender_from_t<__future_t, stdexec::__detail::__values_of_t<_Sender>>{};
      }

      auto request_stop() noexcept -> bool
      {
        return true;
      }
    };
  } // namespace __scope

  using __scope::async_scope;
}
#if !defined(ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE)
namespace exec = experimental::execution;
#endif
