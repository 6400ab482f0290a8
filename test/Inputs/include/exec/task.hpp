// Mirrors exec/task.hpp (NVIDIA/stdexec exec::task<T> = exec::basic_task<T, default_task_context<T>>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

#include <stdexec/execution.hpp>

#if defined(ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE)
namespace exec
#else
namespace experimental::execution
#endif
{
  namespace __task
  {
    enum class disposition : unsigned
    {
      stopped,
      succeeded,
      failed,
    };

    /// Sticky scheduler affinity: the task resumes on its scheduler after each co_await.
    template <class _Ty>
    struct default_task_context
    {};

    /// No scheduler affinity: the task resumes wherever the awaited operation completes.
    struct inline_task_context
    {};

    template <class _Ty>
    struct __promise_base
    {
      template <class _Value>
      void return_value(_Value&&)
      {}
    };
    template <>
    struct __promise_base<void>
    {
      void return_void() noexcept
      {}
    };

    template <class _Ty, class _Context>
    class [[nodiscard]] basic_task
    {
      struct __promise : __promise_base<_Ty>
      {
        basic_task get_return_object() noexcept
        {
          return basic_task(std::coroutine_handle<__promise>::from_promise(*this));
        }
        std::suspend_always initial_suspend() noexcept
        {
          return {};
        }
        std::suspend_always final_suspend() noexcept
        {
          return {};
        }
        void unhandled_exception() noexcept
        {}

        /// Senders are awaited via as_awaitable; the task then resumes on its scheduler.
        template <class _Awaitable>
        decltype(auto) await_transform(_Awaitable&& __awaitable)
        {
          return stdexec::as_awaitable(static_cast<_Awaitable&&>(__awaitable), *this);
        }
      };

      struct __task_awaitable
      {
        std::coroutine_handle<__promise> __coro_;
        bool await_ready() const noexcept
        {
          return false;
        }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept
        {
          return __coro_;
        }
        _Ty await_resume() { std::terminate(); }
      };

     public:
      using sender_concept = stdexec::sender_t;
      using promise_type   = __promise;
      using __values_t =
        std::conditional_t<std::is_void_v<_Ty>, stdexec::__detail::__types<>, stdexec::__detail::__types<_Ty>>;
      template <template <class...> class _Tuple, template <class...> class _Variant>
      using value_types = _Variant<typename stdexec::__detail::__apply<_Tuple, __values_t>::type>;
      template <template <class...> class _Variant>
      using error_types                  = _Variant<std::exception_ptr>;
      static constexpr bool sends_stopped = true;

      basic_task(basic_task&& __that) noexcept
        : __coro_(std::exchange(__that.__coro_, {}))
      {}
      ~basic_task()
      {}

      __task_awaitable operator co_await() && noexcept
      {
        return __task_awaitable{std::exchange(__coro_, {})};
      }

      template <class _Receiver>
      stdexec::__detail::__op_state connect(_Receiver&&) && noexcept
      {
        return {};
      }

      constexpr explicit basic_task(std::coroutine_handle<promise_type> __coro) noexcept
        : __coro_(__coro)
      {}

     private:
      std::coroutine_handle<promise_type> __coro_{};
    };
  } // namespace __task

  using task_disposition = __task::disposition;

  template <class _Ty>
  using default_task_context = __task::default_task_context<_Ty>;

  using inline_task_context = __task::inline_task_context;

  template <class _Ty, class _Context = default_task_context<_Ty>>
  using basic_task = __task::basic_task<_Ty, _Context>;

  template <class _Ty>
  using task = basic_task<_Ty, default_task_context<_Ty>>;
}
#if !defined(ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE)
namespace exec = experimental::execution;
#endif
