// Mirrors winrt/base.h (C++/WinRT: IUnknown/IInspectable, TimeSpan, consume/require machinery, apartment_context, resume_background, resume_after, fire_and_forget, slim_mutex). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <ratio>
#include <string>
#include <type_traits>
#include <utility>

#if defined(__cpp_impl_coroutine) && __has_include(<coroutine>)
#include <coroutine>
#define WINRT_IMPL_COROUTINES
#endif

namespace winrt::impl
{
    using filetime_period = std::ratio_multiply<std::ratio<100>, std::nano>;

    /// Per-interface projection ("consume_*" CRTP base providing the methods).
    template <typename T>
    struct consume;

    template <typename D, typename I = D>
    using consume_t = typename consume<I>::template type<D>;

    template <typename D, typename I>
    struct require_one : consume_t<D, I>
    {
        operator I() const noexcept
        {
            return I{};
        }
    };

    /// Required interfaces of a projected interface or runtime class.
    template <typename D, typename... I>
    struct require : require_one<D, I>...
    {
    };

    inline bool is_sta_thread() noexcept
    {
        return false;
    }
}

namespace winrt
{
    struct take_ownership_from_abi_t
    {
    };
    inline constexpr take_ownership_from_abi_t take_ownership_from_abi{};

    struct hstring
    {
        hstring() noexcept = default;
        hstring(wchar_t const* value) : m_value(value) {}
        hstring(std::wstring_view const& value) : m_value(value) {}
        bool empty() const noexcept
        {
            return m_value.empty();
        }
        wchar_t const* c_str() const noexcept
        {
            return m_value.c_str();
        }

    private:
        std::wstring m_value;
    };

    struct hresult
    {
        std::int32_t value{};
        constexpr hresult() noexcept = default;
        constexpr hresult(std::int32_t const value) noexcept : value(value) {}
        constexpr operator std::int32_t() const noexcept
        {
            return value;
        }
    };

    struct hresult_error
    {
        hresult_error() noexcept = default;
        explicit hresult_error(hresult const code) noexcept : m_code(code) {}
        hresult code() const noexcept
        {
            return m_code;
        }

    private:
        hresult m_code;
    };

    struct hresult_canceled : hresult_error
    {
    };
    struct hresult_illegal_delegate_assignment : hresult_error
    {
    };

    inline void check_hresult(hresult const) {}

    enum class apartment_type : std::int32_t
    {
        multi_threaded = 0,
        single_threaded = 2,
    };

    inline void init_apartment(apartment_type const = apartment_type::multi_threaded) {}
    inline void uninit_apartment() noexcept {}
}

namespace winrt::Windows::Foundation
{
    using TimeSpan = std::chrono::duration<std::int64_t, impl::filetime_period>;

    struct IUnknown
    {
        IUnknown() noexcept = default;
        IUnknown(std::nullptr_t) noexcept {}
        IUnknown(void*, take_ownership_from_abi_t) noexcept {}

        explicit operator bool() const noexcept
        {
            return false;
        }

        template <typename To>
        To as() const
        {
            return To{};
        }

        template <typename To>
        To try_as() const noexcept
        {
            return To{};
        }
    };

    struct IInspectable : IUnknown
    {
        IInspectable(std::nullptr_t = nullptr) noexcept {}
        IInspectable(void* ptr, take_ownership_from_abi_t) noexcept : IUnknown(ptr, take_ownership_from_abi) {}
    };
}

namespace winrt
{
    using Windows::Foundation::IInspectable;
    using Windows::Foundation::IUnknown;

    /// Blocking SRW lock; not async. Holding it across co_await is a hazard.
    struct slim_mutex
    {
        slim_mutex(slim_mutex const&) = delete;
        slim_mutex& operator=(slim_mutex const&) = delete;
        slim_mutex() noexcept = default;

        void lock() noexcept {}
        void lock_shared() noexcept {}
        bool try_lock() noexcept
        {
            return true;
        }
        bool try_lock_shared() noexcept
        {
            return true;
        }
        void unlock() noexcept {}
        void unlock_shared() noexcept {}
    };

    struct slim_lock_guard
    {
        explicit slim_lock_guard(slim_mutex& m) noexcept : m_mutex(m)
        {
            m_mutex.lock();
        }
        slim_lock_guard(slim_lock_guard const&) = delete;
        ~slim_lock_guard() noexcept
        {
            m_mutex.unlock();
        }

    private:
        slim_mutex& m_mutex;
    };

    struct slim_shared_lock_guard
    {
        explicit slim_shared_lock_guard(slim_mutex& m) noexcept : m_mutex(m)
        {
            m_mutex.lock_shared();
        }
        slim_shared_lock_guard(slim_shared_lock_guard const&) = delete;
        ~slim_shared_lock_guard() noexcept
        {
            m_mutex.unlock_shared();
        }

    private:
        slim_mutex& m_mutex;
    };

    struct slim_condition_variable
    {
        slim_condition_variable(slim_condition_variable const&) = delete;
        slim_condition_variable& operator=(slim_condition_variable const&) = delete;
        slim_condition_variable() noexcept = default;

        template <typename T>
        void wait(slim_mutex&, T predicate) noexcept
        {
            (void)predicate;
        }

        template <typename T>
        bool wait_for(slim_mutex&, Windows::Foundation::TimeSpan const&, T predicate) noexcept
        {
            (void)predicate;
            return true;
        }

        void notify_one() noexcept {}
        void notify_all() noexcept {}
    };
}

namespace winrt::impl
{
    struct resume_apartment_context
    {
        bool valid() const noexcept
        {
            return true;
        }
    };
}

namespace winrt
{
    /// Captures the current COM apartment; `co_await ctx` returns to it.
    struct apartment_context
    {
        apartment_context() = default;
        apartment_context(std::nullptr_t) {}

        operator bool() const noexcept
        {
            return context.valid();
        }
        bool operator!() const noexcept
        {
            return !context.valid();
        }

        impl::resume_apartment_context context;
    };

    /// A coroutine return type for fire-and-forget coroutines (nothing joins it).
    struct fire_and_forget
    {
    };
}

#ifdef WINRT_IMPL_COROUTINES
namespace winrt::impl
{
    struct apartment_awaiter
    {
        apartment_context const& context;
        std::int32_t failure = 0;

        bool await_ready() const noexcept
        {
            return false;
        }
        void await_resume() const {}
        bool await_suspend(std::coroutine_handle<>)
        {
            return true;
        }
    };

    struct timespan_awaiter
    {
        explicit timespan_awaiter(Windows::Foundation::TimeSpan const& duration) noexcept : m_duration(duration) {}
        bool await_ready() const noexcept
        {
            return m_duration.count() <= 0;
        }
        void await_suspend(std::coroutine_handle<>) {}
        void await_resume() const {}

    private:
        Windows::Foundation::TimeSpan m_duration;
    };

    struct signal_awaiter
    {
        signal_awaiter(void* handle, Windows::Foundation::TimeSpan timeout) noexcept : m_handle(handle), m_timeout(timeout) {}
        bool await_ready() const noexcept
        {
            return m_handle == nullptr && m_timeout.count() == 0;
        }
        void await_suspend(std::coroutine_handle<>) {}
        bool await_resume() const
        {
            return true;
        }

    private:
        void* m_handle;
        Windows::Foundation::TimeSpan m_timeout;
    };
}

namespace winrt
{
    /// `co_await winrt::resume_background();` hops to the thread pool.
    [[nodiscard]] inline auto resume_background() noexcept
    {
        struct awaitable
        {
            bool await_ready() const noexcept
            {
                return false;
            }
            void await_resume() const noexcept {}
            void await_suspend(std::coroutine_handle<>) const {}
        };

        return awaitable{};
    }

    template <typename T>
    [[nodiscard]] auto resume_background(T const& context) noexcept
    {
        struct awaitable
        {
            awaitable(T const& context) : m_context(context) {}
            bool await_ready() const noexcept
            {
                return false;
            }
            void await_resume() const noexcept {}
            void await_suspend(std::coroutine_handle<> resume)
            {
                (void)m_context;
                (void)resume;
            }

        private:
            T const& m_context;
        };

        return awaitable{context};
    }

    inline impl::apartment_awaiter operator co_await(apartment_context const& context)
    {
        return {context};
    }

    [[nodiscard]] inline impl::timespan_awaiter resume_after(Windows::Foundation::TimeSpan duration) noexcept
    {
        return impl::timespan_awaiter{duration};
    }

    inline impl::timespan_awaiter operator co_await(Windows::Foundation::TimeSpan duration)
    {
        return resume_after(duration);
    }

    [[nodiscard]] inline impl::signal_awaiter resume_on_signal(void* handle, Windows::Foundation::TimeSpan timeout = {}) noexcept
    {
        return impl::signal_awaiter{handle, timeout};
    }
}

namespace std
{
    template <typename... Args>
    struct coroutine_traits<winrt::fire_and_forget, Args...>
    {
        struct promise_type
        {
            winrt::fire_and_forget get_return_object() const noexcept
            {
                return {};
            }
            void return_void() const noexcept {}
            std::suspend_never initial_suspend() const noexcept
            {
                return {};
            }
            std::suspend_never final_suspend() const noexcept
            {
                return {};
            }
            void unhandled_exception() const noexcept {}
        };
    };
}
#endif // WINRT_IMPL_COROUTINES
