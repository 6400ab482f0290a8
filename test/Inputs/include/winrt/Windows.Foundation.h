// Mirrors winrt/Windows.Foundation.h (IAsyncAction, IAsyncOperation<T>, ...WithProgress; get()/wait_for() on the impl::consume_Windows_Foundation_IAsync*<D> CRTP bases; co_await via impl::await_adapter; coroutine_traits; when_all/when_any; resume_agile). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <type_traits>
#include <utility>

#include <winrt/base.h>

namespace winrt::Windows::Foundation
{
    enum class AsyncStatus : std::int32_t
    {
        Canceled = 2,
        Completed = 1,
        Error = 3,
        Started = 0,
    };

    struct IAsyncInfo;
    struct IAsyncAction;
    template <typename TProgress>
    struct IAsyncActionWithProgress;
    template <typename TResult>
    struct IAsyncOperation;
    template <typename TResult, typename TProgress>
    struct IAsyncOperationWithProgress;

    struct AsyncActionCompletedHandler;
    template <typename TProgress>
    struct AsyncActionProgressHandler;
    template <typename TProgress>
    struct AsyncActionWithProgressCompletedHandler;
    template <typename TResult>
    struct AsyncOperationCompletedHandler;
    template <typename TResult, typename TProgress>
    struct AsyncOperationProgressHandler;
    template <typename TResult, typename TProgress>
    struct AsyncOperationWithProgressCompletedHandler;
}

namespace winrt::impl
{
    template <typename D>
    struct consume_Windows_Foundation_IAsyncInfo
    {
        std::uint32_t Id() const
        {
            return 0;
        }
        winrt::Windows::Foundation::AsyncStatus Status() const
        {
            return winrt::Windows::Foundation::AsyncStatus::Started;
        }
        winrt::hresult ErrorCode() const
        {
            return {};
        }
        void Cancel() const {}
        void Close() const {}
    };
    template <>
    struct consume<winrt::Windows::Foundation::IAsyncInfo>
    {
        template <typename D>
        using type = consume_Windows_Foundation_IAsyncInfo<D>;
    };

    template <typename D>
    struct consume_Windows_Foundation_IAsyncAction
    {
        /// Completed can be assigned only once; the delegate runs inline on
        /// the completing thread.
        void Completed(winrt::Windows::Foundation::AsyncActionCompletedHandler const& handler) const;
        winrt::Windows::Foundation::AsyncActionCompletedHandler Completed() const;
        void GetResults() const {}

        /// Blocks the calling thread (WINRT_ASSERT(!is_sta_thread()): "A blocking
        /// wait on the UI thread for an asynchronous operation can cause a deadlock").
        void get() const {}
        winrt::Windows::Foundation::AsyncStatus wait_for(winrt::Windows::Foundation::TimeSpan const& timeout) const
        {
            (void)timeout;
            return winrt::Windows::Foundation::AsyncStatus::Completed;
        }
    };
    template <>
    struct consume<winrt::Windows::Foundation::IAsyncAction>
    {
        template <typename D>
        using type = consume_Windows_Foundation_IAsyncAction<D>;
    };

    template <typename D, typename TProgress>
    struct consume_Windows_Foundation_IAsyncActionWithProgress
    {
        void Progress(winrt::Windows::Foundation::AsyncActionProgressHandler<TProgress> const& handler) const
        {
            (void)handler;
        }
        void Completed(winrt::Windows::Foundation::AsyncActionWithProgressCompletedHandler<TProgress> const& handler) const
        {
            (void)handler;
        }
        void GetResults() const {}

        void get() const {}
        winrt::Windows::Foundation::AsyncStatus wait_for(winrt::Windows::Foundation::TimeSpan const& timeout) const
        {
            (void)timeout;
            return winrt::Windows::Foundation::AsyncStatus::Completed;
        }
    };
    template <typename TProgress>
    struct consume<winrt::Windows::Foundation::IAsyncActionWithProgress<TProgress>>
    {
        template <typename D>
        using type = consume_Windows_Foundation_IAsyncActionWithProgress<D, TProgress>;
    };

    template <typename D, typename TResult>
    struct consume_Windows_Foundation_IAsyncOperation
    {
        void Completed(winrt::Windows::Foundation::AsyncOperationCompletedHandler<TResult> const& handler) const
        {
            (void)handler;
        }
        TResult GetResults() const
        {
            std::terminate();
        }

        /// Blocks the calling thread until the operation completes.
        TResult get() const
        {
            std::terminate();
        }
        winrt::Windows::Foundation::AsyncStatus wait_for(winrt::Windows::Foundation::TimeSpan const& timeout) const
        {
            (void)timeout;
            return winrt::Windows::Foundation::AsyncStatus::Completed;
        }
    };
    template <typename TResult>
    struct consume<winrt::Windows::Foundation::IAsyncOperation<TResult>>
    {
        template <typename D>
        using type = consume_Windows_Foundation_IAsyncOperation<D, TResult>;
    };

    template <typename D, typename TResult, typename TProgress>
    struct consume_Windows_Foundation_IAsyncOperationWithProgress
    {
        void Progress(winrt::Windows::Foundation::AsyncOperationProgressHandler<TResult, TProgress> const& handler) const
        {
            (void)handler;
        }
        void Completed(winrt::Windows::Foundation::AsyncOperationWithProgressCompletedHandler<TResult, TProgress> const& handler) const
        {
            (void)handler;
        }
        TResult GetResults() const
        {
            std::terminate();
        }

        TResult get() const
        {
            std::terminate();
        }
        winrt::Windows::Foundation::AsyncStatus wait_for(winrt::Windows::Foundation::TimeSpan const& timeout) const
        {
            (void)timeout;
            return winrt::Windows::Foundation::AsyncStatus::Completed;
        }
    };
    template <typename TResult, typename TProgress>
    struct consume<winrt::Windows::Foundation::IAsyncOperationWithProgress<TResult, TProgress>>
    {
        template <typename D>
        using type = consume_Windows_Foundation_IAsyncOperationWithProgress<D, TResult, TProgress>;
    };
}

namespace winrt::Windows::Foundation
{
    struct IAsyncInfo : winrt::Windows::Foundation::IInspectable, impl::consume_t<IAsyncInfo>
    {
        IAsyncInfo(std::nullptr_t = nullptr) noexcept {}
    };

    struct IAsyncAction : winrt::Windows::Foundation::IInspectable,
                          impl::consume_t<IAsyncAction>,
                          impl::require<winrt::Windows::Foundation::IAsyncAction, winrt::Windows::Foundation::IAsyncInfo>
    {
        IAsyncAction(std::nullptr_t = nullptr) noexcept {}
        IAsyncAction(void* ptr, take_ownership_from_abi_t) noexcept : IInspectable(ptr, take_ownership_from_abi) {}
    };

    template <typename TProgress>
    struct IAsyncActionWithProgress : winrt::Windows::Foundation::IInspectable,
                                      impl::consume_t<IAsyncActionWithProgress<TProgress>>,
                                      impl::require<winrt::Windows::Foundation::IAsyncActionWithProgress<TProgress>, winrt::Windows::Foundation::IAsyncInfo>
    {
        IAsyncActionWithProgress(std::nullptr_t = nullptr) noexcept {}
    };

    template <typename TResult>
    struct IAsyncOperation : winrt::Windows::Foundation::IInspectable,
                             impl::consume_t<IAsyncOperation<TResult>>,
                             impl::require<winrt::Windows::Foundation::IAsyncOperation<TResult>, winrt::Windows::Foundation::IAsyncInfo>
    {
        IAsyncOperation(std::nullptr_t = nullptr) noexcept {}
    };

    template <typename TResult, typename TProgress>
    struct IAsyncOperationWithProgress : winrt::Windows::Foundation::IInspectable,
                                         impl::consume_t<IAsyncOperationWithProgress<TResult, TProgress>>,
                                         impl::require<winrt::Windows::Foundation::IAsyncOperationWithProgress<TResult, TProgress>, winrt::Windows::Foundation::IAsyncInfo>
    {
        IAsyncOperationWithProgress(std::nullptr_t = nullptr) noexcept {}
    };

    // Delegates (constructible from any callable, as in C++/WinRT).
    struct AsyncActionCompletedHandler : winrt::Windows::Foundation::IUnknown
    {
        AsyncActionCompletedHandler(std::nullptr_t = nullptr) noexcept {}
        template <typename L>
        AsyncActionCompletedHandler(L handler)
        {
            (void)handler;
        }
        void operator()(winrt::Windows::Foundation::IAsyncAction const& asyncInfo, winrt::Windows::Foundation::AsyncStatus const& asyncStatus) const
        {
            (void)asyncInfo;
            (void)asyncStatus;
        }
    };

    template <typename TProgress>
    struct AsyncActionProgressHandler : winrt::Windows::Foundation::IUnknown
    {
        AsyncActionProgressHandler(std::nullptr_t = nullptr) noexcept {}
        template <typename L>
        AsyncActionProgressHandler(L handler)
        {
            (void)handler;
        }
        void operator()(winrt::Windows::Foundation::IAsyncActionWithProgress<TProgress> const&, TProgress const&) const {}
    };

    template <typename TProgress>
    struct AsyncActionWithProgressCompletedHandler : winrt::Windows::Foundation::IUnknown
    {
        AsyncActionWithProgressCompletedHandler(std::nullptr_t = nullptr) noexcept {}
        template <typename L>
        AsyncActionWithProgressCompletedHandler(L handler)
        {
            (void)handler;
        }
        void operator()(winrt::Windows::Foundation::IAsyncActionWithProgress<TProgress> const&, winrt::Windows::Foundation::AsyncStatus const&) const {}
    };

    template <typename TResult>
    struct AsyncOperationCompletedHandler : winrt::Windows::Foundation::IUnknown
    {
        AsyncOperationCompletedHandler(std::nullptr_t = nullptr) noexcept {}
        template <typename L>
        AsyncOperationCompletedHandler(L handler)
        {
            (void)handler;
        }
        void operator()(winrt::Windows::Foundation::IAsyncOperation<TResult> const&, winrt::Windows::Foundation::AsyncStatus const&) const {}
    };

    template <typename TResult, typename TProgress>
    struct AsyncOperationProgressHandler : winrt::Windows::Foundation::IUnknown
    {
        AsyncOperationProgressHandler(std::nullptr_t = nullptr) noexcept {}
        template <typename L>
        AsyncOperationProgressHandler(L handler)
        {
            (void)handler;
        }
        void operator()(winrt::Windows::Foundation::IAsyncOperationWithProgress<TResult, TProgress> const&, TProgress const&) const {}
    };

    template <typename TResult, typename TProgress>
    struct AsyncOperationWithProgressCompletedHandler : winrt::Windows::Foundation::IUnknown
    {
        AsyncOperationWithProgressCompletedHandler(std::nullptr_t = nullptr) noexcept {}
        template <typename L>
        AsyncOperationWithProgressCompletedHandler(L handler)
        {
            (void)handler;
        }
        void operator()(winrt::Windows::Foundation::IAsyncOperationWithProgress<TResult, TProgress> const&, winrt::Windows::Foundation::AsyncStatus const&) const {}
    };
}

namespace winrt::impl
{
    template <typename D>
    void consume_Windows_Foundation_IAsyncAction<D>::Completed(winrt::Windows::Foundation::AsyncActionCompletedHandler const& handler) const
    {
        (void)handler;
    }

    template <typename D>
    winrt::Windows::Foundation::AsyncActionCompletedHandler consume_Windows_Foundation_IAsyncAction<D>::Completed() const
    {
        return {};
    }
}

#ifdef WINRT_IMPL_COROUTINES
namespace winrt::impl
{
    /// `co_await async`: context-preserving by default (resumes in the
    /// captured COM apartment); resume_agile() gives preserve_context=false.
    template <typename Async, bool preserve_context = true>
    struct await_adapter
    {
        template <typename T>
        await_adapter(T&& async) : async(std::forward<T>(async))
        {
        }

        Async const& async;

        bool await_ready() const noexcept
        {
            return false;
        }

        bool await_suspend(std::coroutine_handle<> handle)
        {
            (void)handle;
            return true;
        }

        auto await_resume() const
        {
            return async.GetResults();
        }
    };

    template <typename Promise>
    struct cancellation_token
    {
        cancellation_token(Promise* promise) noexcept : m_promise(promise) {}
        bool await_ready() const noexcept
        {
            return true;
        }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        cancellation_token<Promise> await_resume() const noexcept
        {
            return *this;
        }
        bool operator()() const noexcept
        {
            return m_promise != nullptr && false;
        }
        template <typename F>
        void callback(F&&) noexcept
        {
        }

    private:
        Promise* m_promise;
    };

    template <typename Promise, typename Progress>
    struct progress_token
    {
        progress_token(Promise* promise) noexcept : m_promise(promise) {}
        bool await_ready() const noexcept
        {
            return true;
        }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        progress_token<Promise, Progress> await_resume() const noexcept
        {
            return *this;
        }
        template <typename T>
        void operator()(T const&)
        {
            (void)m_promise;
        }

    private:
        Promise* m_promise;
    };
}

namespace winrt
{
    struct get_cancellation_token_t
    {
    };
    inline get_cancellation_token_t get_cancellation_token() noexcept
    {
        return {};
    }

    struct get_progress_token_t
    {
    };
    inline get_progress_token_t get_progress_token() noexcept
    {
        return {};
    }

    /// `co_await resume_agile(op)`: resume on whatever thread completes `op`.
    template <typename Async, typename = std::enable_if_t<std::is_convertible_v<Async, winrt::Windows::Foundation::IAsyncInfo>>>
    inline impl::await_adapter<std::decay_t<Async>, false> resume_agile(Async&& async)
    {
        return {std::forward<Async>(async)};
    }
}

namespace winrt::Windows::Foundation
{
    inline impl::await_adapter<IAsyncAction> operator co_await(IAsyncAction const& async)
    {
        return {async};
    }

    template <typename TProgress>
    impl::await_adapter<IAsyncActionWithProgress<TProgress>> operator co_await(IAsyncActionWithProgress<TProgress> const& async)
    {
        return {async};
    }

    template <typename TResult>
    impl::await_adapter<IAsyncOperation<TResult>> operator co_await(IAsyncOperation<TResult> const& async)
    {
        return {async};
    }

    template <typename TResult, typename TProgress>
    impl::await_adapter<IAsyncOperationWithProgress<TResult, TProgress>> operator co_await(IAsyncOperationWithProgress<TResult, TProgress> const& async)
    {
        return {async};
    }
}

namespace winrt::impl
{
    /// Promise of a coroutine returning IAsyncXxx; set_completed() invokes the
    /// Completed delegate inline on the completing thread.
    template <typename Derived, typename AsyncInterface, typename TProgress = void>
    struct promise_base
    {
        using AsyncStatus = Windows::Foundation::AsyncStatus;

        AsyncInterface get_return_object() const noexcept
        {
            return AsyncInterface{};
        }

        std::suspend_never initial_suspend() const noexcept
        {
            return {};
        }

        struct final_suspend_awaiter
        {
            bool await_ready() const noexcept
            {
                return false;
            }
            void await_resume() const noexcept {}
            bool await_suspend(std::coroutine_handle<>) const noexcept
            {
                return true;
            }
        };

        final_suspend_awaiter final_suspend() const noexcept
        {
            return {};
        }

        void unhandled_exception() const noexcept {}

        AsyncStatus Status() const noexcept
        {
            return AsyncStatus::Started;
        }

        void Cancel() noexcept {}

        template <typename Expression>
        Expression&& await_transform(Expression&& expression)
        {
            return std::forward<Expression>(expression);
        }

        cancellation_token<Derived> await_transform(get_cancellation_token_t) noexcept
        {
            return {static_cast<Derived*>(this)};
        }

        progress_token<Derived, TProgress> await_transform(get_progress_token_t) noexcept
        {
            return {static_cast<Derived*>(this)};
        }
    };
}

namespace std
{
    template <typename... Args>
    struct coroutine_traits<winrt::Windows::Foundation::IAsyncAction, Args...>
    {
        struct promise_type final : winrt::impl::promise_base<promise_type, winrt::Windows::Foundation::IAsyncAction>
        {
            void return_void() const noexcept {}
        };
    };

    template <typename TProgress, typename... Args>
    struct coroutine_traits<winrt::Windows::Foundation::IAsyncActionWithProgress<TProgress>, Args...>
    {
        struct promise_type final : winrt::impl::promise_base<promise_type, winrt::Windows::Foundation::IAsyncActionWithProgress<TProgress>, TProgress>
        {
            void return_void() const noexcept {}
            void set_progress(TProgress const&) {}
        };
    };

    template <typename TResult, typename... Args>
    struct coroutine_traits<winrt::Windows::Foundation::IAsyncOperation<TResult>, Args...>
    {
        struct promise_type final : winrt::impl::promise_base<promise_type, winrt::Windows::Foundation::IAsyncOperation<TResult>>
        {
            void return_value(TResult&&) noexcept {}
            void return_value(TResult const&) noexcept {}
        };
    };

    template <typename TResult, typename TProgress, typename... Args>
    struct coroutine_traits<winrt::Windows::Foundation::IAsyncOperationWithProgress<TResult, TProgress>, Args...>
    {
        struct promise_type final : winrt::impl::promise_base<promise_type, winrt::Windows::Foundation::IAsyncOperationWithProgress<TResult, TProgress>, TProgress>
        {
            void return_value(TResult&&) noexcept {}
            void return_value(TResult const&) noexcept {}
            void set_progress(TProgress const&) {}
        };
    };
}

namespace winrt
{
    /// `co_await when_all(op1, op2)` (itself a coroutine returning IAsyncAction).
    template <typename... T>
    Windows::Foundation::IAsyncAction when_all(T... async)
    {
        (void(co_await async), ...);
        co_return;
    }

    template <typename T, typename... Rest>
    T when_any(T const& first, Rest const&... rest)
    {
        static_assert((std::is_same_v<T, Rest> && ...), "All when_any parameters must be the same type.");
        (void)first;
        ((void)rest, ...);
        return T{};
    }
}
#endif // WINRT_IMPL_COROUTINES
