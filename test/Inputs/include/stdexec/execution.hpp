// Mirrors stdexec/execution.hpp (NVIDIA/stdexec: CPO objects sync_wait, then, continues_on, ..., counting scopes, run_loop, stdexec::task). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <concepts>
#include <coroutine>
#include <cstddef>
#include <exception>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace stdexec
{
  ////////////////////////////////////////////////////////////////////////////
  // Concepts, tags and completion signatures
  struct sender_t
  {};
  using sender_tag = sender_t;
  struct receiver_t
  {};
  struct operation_state_t
  {};
  struct scheduler_t
  {};

  template <class... _Sigs>
  struct completion_signatures
  {};

  template <class... _Props>
  struct env
  {};

  struct set_value_t
  {
    template <class _Receiver, class... _As>
    void operator()(_Receiver&& __rcvr, _As&&... __as) const noexcept
    {
      static_cast<_Receiver&&>(__rcvr).set_value(static_cast<_As&&>(__as)...);
    }
  };
  struct set_error_t
  {
    template <class _Receiver, class _Error>
    void operator()(_Receiver&& __rcvr, _Error&& __err) const noexcept
    {
      static_cast<_Receiver&&>(__rcvr).set_error(static_cast<_Error&&>(__err));
    }
  };
  struct set_stopped_t
  {
    template <class _Receiver>
    void operator()(_Receiver&& __rcvr) const noexcept
    {
      static_cast<_Receiver&&>(__rcvr).set_stopped();
    }
  };
  /// Completion functions: the downstream chain runs synchronously inside the call.
  inline constexpr set_value_t set_value{};
  inline constexpr set_error_t set_error{};
  inline constexpr set_stopped_t set_stopped{};

  namespace __detail
  {
    template <class... _Ts>
    struct __types
    {};

    /// Common base of every sender in this mock: one value completion
    /// `set_value_t(_Values...)`, plus error(exception_ptr) and stopped.
    template <class... _Values>
    struct __sender_base
    {
      using sender_concept = sender_t;
      using __values_t     = __types<_Values...>;
      using completion_signatures = stdexec::completion_signatures<
        set_value_t(_Values...),
        set_error_t(std::exception_ptr),
        set_stopped_t()>;

      template <template <class...> class _Tuple, template <class...> class _Variant>
      using value_types = _Variant<_Tuple<_Values...>>;
      template <template <class...> class _Variant>
      using error_types                  = _Variant<std::exception_ptr>;
      static constexpr bool sends_stopped = true;
    };

    struct __op_state
    {
      using operation_state_concept = operation_state_t;
      void start() & noexcept
      {}
    };

    /// A sender produced by the algorithm `_Tag`.
    template <class _Tag, class... _Values>
    struct __basic_sender : __sender_base<_Values...>
    {
      template <class _Receiver>
      __op_state connect(_Receiver&&) && noexcept
      {
        return {};
      }
    };

    template <class _Tag, class _Types>
    struct __sender_from;
    template <class _Tag, class... _Values>
    struct __sender_from<_Tag, __types<_Values...>>
    {
      using type = __basic_sender<_Tag, _Values...>;
    };
    template <class _Tag, class _Types>
    using __sender_from_t = typename __sender_from<_Tag, _Types>::type;

    template <class _Sender>
    using __values_of_t = typename std::remove_cvref_t<_Sender>::__values_t;

    template <class _Fun, class _Types>
    struct __invoke_values;
    template <class _Fun, class... _Values>
    struct __invoke_values<_Fun, __types<_Values...>>
    {
      using __result_t = std::invoke_result_t<_Fun, _Values...>;
      using type =
        std::conditional_t<std::is_void_v<__result_t>, __types<>, __types<std::decay_t<__result_t>>>;
    };

    template <class _Fun, class _Types>
    struct __let_values;
    template <class _Fun, class... _Values>
    struct __let_values<_Fun, __types<_Values...>>
    {
      using type = __values_of_t<std::invoke_result_t<_Fun, std::decay_t<_Values>&...>>;
    };

    template <class... _Types>
    struct __concat;
    template <>
    struct __concat<>
    {
      using type = __types<>;
    };
    template <class... _As>
    struct __concat<__types<_As...>>
    {
      using type = __types<_As...>;
    };
    template <class... _As, class... _Bs, class... _Rest>
    struct __concat<__types<_As...>, __types<_Bs...>, _Rest...>
      : __concat<__types<_As..., _Bs...>, _Rest...>
    {};

    template <template <class...> class _Tuple, class _Types>
    struct __apply;
    template <template <class...> class _Tuple, class... _Values>
    struct __apply<_Tuple, __types<_Values...>>
    {
      using type = _Tuple<_Values...>;
    };

    template <class _Types>
    struct __single_or_void;
    template <>
    struct __single_or_void<__types<>>
    {
      using type = void;
    };
    template <class _Value>
    struct __single_or_void<__types<_Value>>
    {
      using type = _Value;
    };
    template <class... _Values>
    struct __single_or_void<__types<_Values...>>
    {
      using type = std::tuple<_Values...>;
    };

    /// Pipeable partial application: `sndr | then(f)`.
    template <class _Tag, class... _Args>
    struct __closure
    {
      std::tuple<_Args...> __args_;

      template <class _Sender>
      friend auto operator|(_Sender&& __sndr, __closure __self)
      {
        return std::apply(
          [&](auto&&... __as) { return _Tag{}(static_cast<_Sender&&>(__sndr), static_cast<decltype(__as)&&>(__as)...); },
          std::move(__self.__args_));
      }
    };
  } // namespace __detail

  template <class _Sender>
  concept sender = std::derived_from<typename std::remove_cvref_t<_Sender>::sender_concept, sender_t>;

  template <class _Sender, class... _Env>
  concept sender_in = sender<_Sender>;

  template <class _Scheduler>
  concept scheduler = requires(_Scheduler&& __sched) {
    { static_cast<_Scheduler&&>(__sched).schedule() } -> sender;
  };

  template <class _Sender, class _Env = env<>>
  using value_types_of_t = typename std::remove_cvref_t<_Sender>::template value_types<std::tuple, std::variant>;

  ////////////////////////////////////////////////////////////////////////////
  // connect / start
  struct connect_t
  {
    template <sender _Sender, class _Receiver>
    auto operator()(_Sender&& __sndr, _Receiver&& __rcvr) const
    {
      return std::remove_cvref_t<_Sender>(static_cast<_Sender&&>(__sndr)).connect(static_cast<_Receiver&&>(__rcvr));
    }
  };
  inline constexpr connect_t connect{};

  struct start_t
  {
    template <class _OpState>
    void operator()(_OpState& __op) const noexcept
    {
      __op.start();
    }
  };
  inline constexpr start_t start{};

  ////////////////////////////////////////////////////////////////////////////
  // Sender factories
  struct just_t
  {
    template <class... _Ts>
    auto operator()(_Ts&&...) const
    {
      return __detail::__basic_sender<just_t, std::decay_t<_Ts>...>{};
    }
  };
  inline constexpr just_t just{};

  /// The sender returned by `just(ts...)`.
  template <class... _Ts>
  using just_sender = __detail::__basic_sender<just_t, _Ts...>;

  struct just_error_t
  {
    template <class _Error>
    auto operator()(_Error&&) const
    {
      return __detail::__basic_sender<just_error_t>{};
    }
  };
  inline constexpr just_error_t just_error{};

  struct just_stopped_t
  {
    auto operator()() const
    {
      return __detail::__basic_sender<just_stopped_t>{};
    }
  };
  inline constexpr just_stopped_t just_stopped{};

  struct schedule_t
  {
    template <class _Scheduler>
    auto operator()(_Scheduler&& __sched) const -> decltype(static_cast<_Scheduler&&>(__sched).schedule())
    {
      return static_cast<_Scheduler&&>(__sched).schedule();
    }
  };
  inline constexpr schedule_t schedule{};

  ////////////////////////////////////////////////////////////////////////////
  // Sender adaptors
  /// `then(sndr, f)`: f runs inline on whatever agent completes `sndr`.
  struct then_t
  {
    template <sender _Sender, class _Fun>
    auto operator()(_Sender&&, _Fun&&) const
    {
      return __detail::__sender_from_t<
        then_t,
        typename __detail::__invoke_values<_Fun, __detail::__values_of_t<_Sender>>::type>{};
    }
    template <class _Fun>
    auto operator()(_Fun __fun) const
    {
      return __detail::__closure<then_t, _Fun>{{static_cast<_Fun&&>(__fun)}};
    }
  };
  inline constexpr then_t then{};

  struct upon_error_t
  {
    template <sender _Sender, class _Fun>
    auto operator()(_Sender&&, _Fun&&) const
    {
      return __detail::__sender_from_t<upon_error_t, __detail::__values_of_t<_Sender>>{};
    }
    template <class _Fun>
    auto operator()(_Fun __fun) const
    {
      return __detail::__closure<upon_error_t, _Fun>{{static_cast<_Fun&&>(__fun)}};
    }
  };
  inline constexpr upon_error_t upon_error{};

  struct upon_stopped_t
  {
    template <sender _Sender, class _Fun>
    auto operator()(_Sender&&, _Fun&&) const
    {
      return __detail::__sender_from_t<upon_stopped_t, __detail::__values_of_t<_Sender>>{};
    }
    template <class _Fun>
    auto operator()(_Fun __fun) const
    {
      return __detail::__closure<upon_stopped_t, _Fun>{{static_cast<_Fun&&>(__fun)}};
    }
  };
  inline constexpr upon_stopped_t upon_stopped{};

  struct let_value_t
  {
    template <sender _Sender, class _Fun>
    auto operator()(_Sender&&, _Fun&&) const
    {
      return __detail::__sender_from_t<
        let_value_t,
        typename __detail::__let_values<_Fun, __detail::__values_of_t<_Sender>>::type>{};
    }
    template <class _Fun>
    auto operator()(_Fun __fun) const
    {
      return __detail::__closure<let_value_t, _Fun>{{static_cast<_Fun&&>(__fun)}};
    }
  };
  inline constexpr let_value_t let_value{};

  /// `continues_on(sndr, sch)`: completes on `sch` (the async-continuation policy).
  struct continues_on_t
  {
    template <sender _Sender, scheduler _Scheduler>
    auto operator()(_Sender&&, _Scheduler&&) const
    {
      return __detail::__sender_from_t<continues_on_t, __detail::__values_of_t<_Sender>>{};
    }
    template <scheduler _Scheduler>
    auto operator()(_Scheduler __sched) const
    {
      return __detail::__closure<continues_on_t, _Scheduler>{{static_cast<_Scheduler&&>(__sched)}};
    }
  };
  inline constexpr continues_on_t continues_on{};

  struct starts_on_t
  {
    template <scheduler _Scheduler, sender _Sender>
    auto operator()(_Scheduler&&, _Sender&&) const
    {
      return __detail::__sender_from_t<starts_on_t, __detail::__values_of_t<_Sender>>{};
    }
  };
  inline constexpr starts_on_t starts_on{};

  struct on_t
  {
    template <scheduler _Scheduler, sender _Sender>
    auto operator()(_Scheduler&&, _Sender&&) const
    {
      return __detail::__sender_from_t<on_t, __detail::__values_of_t<_Sender>>{};
    }
  };
  inline constexpr on_t on{};

  struct affine_t
  {
    template <sender _Sender>
    auto operator()(_Sender&&) const
    {
      return __detail::__sender_from_t<affine_t, __detail::__values_of_t<_Sender>>{};
    }
  };
  inline constexpr affine_t affine{};

  struct when_all_t
  {
    template <sender... _Senders>
    auto operator()(_Senders&&...) const
    {
      return __detail::__sender_from_t<
        when_all_t,
        typename __detail::__concat<__detail::__values_of_t<_Senders>...>::type>{};
    }
  };
  inline constexpr when_all_t when_all{};

  ////////////////////////////////////////////////////////////////////////////
  // Schedulers and contexts
  /// A scheduler whose schedule() completes inline.
  struct inline_scheduler
  {
    using scheduler_concept = scheduler_t;
    auto schedule() const noexcept
    {
      return __detail::__basic_sender<schedule_t>{};
    }
    bool operator==(const inline_scheduler&) const noexcept = default;
  };

  /// A manually driven execution context; run() blocks until finish().
  class run_loop
  {
   public:
    class __scheduler
    {
     public:
      using scheduler_concept = scheduler_t;
      auto schedule() const noexcept
      {
        return __detail::__basic_sender<schedule_t>{};
      }
      bool operator==(const __scheduler&) const noexcept = default;
    };

    run_loop() noexcept = default;
    run_loop(run_loop&&) = delete;

    __scheduler get_scheduler() noexcept
    {
      return {};
    }
    void run() noexcept
    {}
    void finish() noexcept
    {}
  };

  ////////////////////////////////////////////////////////////////////////////
  // Sender consumers
  /// Blocks the calling thread (drives a run_loop) until `sndr` completes.
  /// When not to use: "On any thread that participates in an event loop or
  /// executor - you will block it".
  struct sync_wait_t
  {
    template <sender _Sender>
    auto operator()(_Sender&&) const
      -> std::optional<typename __detail::__apply<std::tuple, __detail::__values_of_t<_Sender>>::type>
    {
      return std::nullopt;
    }
  };

  struct sync_wait_with_variant_t
  {
    template <sender _Sender>
    auto operator()(_Sender&&) const
      -> std::optional<std::variant<typename __detail::__apply<std::tuple, __detail::__values_of_t<_Sender>>::type>>
    {
      return std::nullopt;
    }
  };

  inline constexpr sync_wait_t sync_wait{};
  inline constexpr sync_wait_with_variant_t sync_wait_with_variant{};

  ////////////////////////////////////////////////////////////////////////////
  // Counting scopes (C++26 [exec.scope])
  namespace __counting_scopes
  {
    struct __scope_join_t
    {};

    template <class _Scope>
    struct __association_t
    {
      explicit operator bool() const noexcept
      {
        return true;
      }
    };

    class __base_scope
    {
     public:
      static constexpr std::size_t max_associations = static_cast<std::size_t>(-1);
      void close() noexcept
      {}
    };
  } // namespace __counting_scopes

  class simple_counting_scope : private __counting_scopes::__base_scope
  {
   public:
    using __assoc_t = __counting_scopes::__association_t<simple_counting_scope>;

    struct token
    {
      template <sender _Sender>
      [[nodiscard]]
      _Sender&& wrap(_Sender&& __snd) const noexcept
      {
        return static_cast<_Sender&&>(__snd);
      }

      [[nodiscard]]
      __assoc_t try_associate() const noexcept
      {
        (void) __scope_;
        return {};
      }

     private:
      friend class simple_counting_scope;
      simple_counting_scope* __scope_;
      explicit token(simple_counting_scope* __scope) noexcept
        : __scope_(__scope)
      {}
    };

    using __counting_scopes::__base_scope::max_associations;

    [[nodiscard]]
    token get_token() noexcept
    {
      return token{this};
    }

    using __counting_scopes::__base_scope::close;

    /// A sender that completes when every associated operation has completed.
    [[nodiscard]]
    auto join() noexcept
    {
      return __detail::__basic_sender<__counting_scopes::__scope_join_t>{};
    }
  };

  class counting_scope : private __counting_scopes::__base_scope
  {
   public:
    using __assoc_t = __counting_scopes::__association_t<counting_scope>;

    struct token
    {
      template <sender _Sender>
      [[nodiscard]]
      auto wrap(_Sender&& __snd) const
      {
        return std::remove_cvref_t<_Sender>(static_cast<_Sender&&>(__snd));
      }

      [[nodiscard]]
      __assoc_t try_associate() const noexcept
      {
        (void) __scope_;
        return {};
      }

     private:
      friend class counting_scope;
      counting_scope* __scope_;
      explicit token(counting_scope* __scope) noexcept
        : __scope_(__scope)
      {}
    };

    using __counting_scopes::__base_scope::max_associations;

    [[nodiscard]]
    token get_token() noexcept
    {
      return token{this};
    }

    using __counting_scopes::__base_scope::close;

    [[nodiscard]]
    auto join() noexcept
    {
      return __detail::__basic_sender<__counting_scopes::__scope_join_t>{};
    }

    void request_stop() noexcept
    {}
  };

  template <class _Token>
  concept scope_token = requires(const _Token& __tok) {
    { __tok.try_associate() };
  };

  /// Eagerly starts `sndr` in the scope of `token` (fire-and-forget; join via the scope).
  struct spawn_t
  {
    template <sender _Sender, scope_token _Token, class _Env = env<>>
    void operator()(_Sender&&, _Token, _Env = {}) const
    {}
  };
  inline constexpr spawn_t spawn{};

  struct spawn_future_t
  {
    template <sender _Sender, scope_token _Token, class _Env = env<>>
    auto operator()(_Sender&&, _Token, _Env = {}) const
    {
      return __detail::__sender_from_t<spawn_future_t, __detail::__values_of_t<_Sender>>{};
    }
  };
  inline constexpr spawn_future_t spawn_future{};

  struct associate_t
  {
    template <sender _Sender, scope_token _Token>
    auto operator()(_Sender&&, _Token) const
    {
      return __detail::__sender_from_t<associate_t, __detail::__values_of_t<_Sender>>{};
    }
    template <scope_token _Token>
    auto operator()(_Token __tok) const
    {
      return __detail::__closure<associate_t, _Token>{{__tok}};
    }
  };
  inline constexpr associate_t associate{};

  ////////////////////////////////////////////////////////////////////////////
  // as_awaitable: lets a coroutine task co_await a sender
  namespace __detail
  {
    template <class _Tp>
    concept __has_member_co_await = requires(_Tp&& __t) { static_cast<_Tp&&>(__t).operator co_await(); };
    template <class _Tp>
    concept __has_free_co_await = requires(_Tp&& __t) { operator co_await(static_cast<_Tp&&>(__t)); };
    template <class _Tp>
    concept __is_awaiter = requires(_Tp& __t) {
      { __t.await_ready() } -> std::convertible_to<bool>;
      __t.await_resume();
    };
    template <class _Tp>
    concept __awaitable = __has_member_co_await<_Tp> || __has_free_co_await<_Tp> || __is_awaiter<_Tp>;

    /// Awaiter for a sender: resumes with its single value (or void).
    template <class _Sender>
    struct __sender_awaitable
    {
      using __result_t = typename __single_or_void<__values_of_t<_Sender>>::type;

      bool await_ready() const noexcept
      {
        return false;
      }
      bool await_suspend(std::coroutine_handle<>) noexcept
      {
        return true;
      }
      __result_t await_resume() { std::terminate(); }
    };
  } // namespace __detail

  struct as_awaitable_t
  {
    template <class _Tp, class _Promise>
    decltype(auto) operator()(_Tp&& __t, _Promise&) const
    {
      if constexpr (__detail::__awaitable<_Tp>)
        return static_cast<_Tp&&>(__t);
      else
        return __detail::__sender_awaitable<std::remove_cvref_t<_Tp>>{};
    }
  };
  inline constexpr as_awaitable_t as_awaitable{};

  ////////////////////////////////////////////////////////////////////////////
  // stdexec::task (std::execution::task)
  namespace __task
  {
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
  } // namespace __task

  /// A lazy coroutine task that is also a sender. `await_transform` wraps
  /// awaited senders in affine(...) so the task resumes on its scheduler.
  template <class _Ty = void, class _TaskEnv = env<>>
  class [[nodiscard]] task
  {
    struct __promise;

   public:
    using sender_concept = sender_t;
    using promise_type   = __promise;
    using __values_t = std::conditional_t<std::is_void_v<_Ty>, __detail::__types<>, __detail::__types<_Ty>>;
    template <template <class...> class _Tuple, template <class...> class _Variant>
    using value_types = _Variant<typename __detail::__apply<_Tuple, __values_t>::type>;
    template <template <class...> class _Variant>
    using error_types                  = _Variant<std::exception_ptr>;
    static constexpr bool sends_stopped = true;

    constexpr task(task&& __that) noexcept
      : __coro_(std::exchange(__that.__coro_, {}))
    {}
    ~task()
    {}

    struct __awaiter
    {
      bool await_ready() const noexcept
      {
        return false;
      }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept
      {
        return std::noop_coroutine();
      }
      _Ty await_resume() { std::terminate(); }
    };

    __awaiter operator co_await() && noexcept
    {
      return {};
    }

    template <class _Receiver>
    __detail::__op_state connect(_Receiver&&) && noexcept
    {
      return {};
    }

   private:
    explicit task(std::coroutine_handle<__promise> __coro) noexcept
      : __coro_(__coro)
    {}
    std::coroutine_handle<__promise> __coro_;
  };

  template <class _Ty, class _TaskEnv>
  struct task<_Ty, _TaskEnv>::__promise : __task::__promise_base<_Ty>
  {
    task get_return_object() noexcept
    {
      return task{std::coroutine_handle<__promise>::from_promise(*this)};
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

    template <class _Awaitable>
    decltype(auto) await_transform(_Awaitable&& __awaitable)
    {
      return as_awaitable(static_cast<_Awaitable&&>(__awaitable), *this);
    }
  };

  ////////////////////////////////////////////////////////////////////////////
  // Deprecated names
  using start_on_t [[deprecated("start_on_t has been renamed starts_on_t")]] = starts_on_t;
  [[deprecated("start_on has been renamed starts_on")]]
  inline constexpr starts_on_t const & start_on = starts_on;

  using transfer_t [[deprecated("transfer_t has been renamed continues_on_t")]] = continues_on_t;
  [[deprecated("transfer has been renamed continues_on")]]
  inline constexpr continues_on_t const & transfer = continues_on;

  using affine_on_t [[deprecated("affine_on_t has been renamed affine_t")]] = affine_t;
  [[deprecated("affine_on has been renamed affine")]]
  inline constexpr affine_t const & affine_on = affine;
} // namespace stdexec

////////////////////////////////////////////////////////////////////////////
// exec::start_detached (moved out of stdexec in 2026-02; stdexec keeps a
// deprecated alias). exec:: is a namespace alias of experimental::execution
// (define ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE to get the pre-rename plain
// `namespace exec`).
#if defined(ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE)
namespace exec
#else
namespace experimental::execution
#endif
{
  /// Fire-and-forget: starts `sndr`; nothing can join it.
  struct start_detached_t
  {
    template <stdexec::sender _Sender, class _Env = stdexec::env<>>
    void operator()(_Sender&&, _Env = {}) const
    {}
  };
  inline constexpr start_detached_t start_detached{};
}
#if !defined(ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE)
namespace exec = experimental::execution;
#endif

namespace stdexec
{
  using start_detached_t [[deprecated("Include <exec/start_detached.hpp> and use "
                                      "exec::start_detached_t instead")]] = exec::start_detached_t;

  [[deprecated("Include <exec/start_detached.hpp> and use exec::start_detached instead")]]
  inline constexpr exec::start_detached_t const & start_detached = exec::start_detached;
} // namespace stdexec
