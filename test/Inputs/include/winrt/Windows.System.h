// Mirrors winrt/Windows.System.h (DispatcherQueue) + base_coroutine_system.h (winrt::resume_foreground(DispatcherQueue)). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstddef>
#include <cstdint>

#include <winrt/Windows.Foundation.h>

namespace winrt::Windows::System
{
    enum class DispatcherQueuePriority : std::int32_t
    {
        Low = -10,
        Normal = 0,
        High = 10,
    };

    struct DispatcherQueueHandler : winrt::Windows::Foundation::IUnknown
    {
        DispatcherQueueHandler(std::nullptr_t = nullptr) noexcept {}
        template <typename L>
        DispatcherQueueHandler(L handler)
        {
            (void)handler;
        }
        void operator()() const {}
    };

    /// A single-threaded (UI) queue; awaiting a blocking get() on its thread deadlocks.
    struct DispatcherQueue : winrt::Windows::Foundation::IInspectable
    {
        DispatcherQueue(std::nullptr_t = nullptr) noexcept {}

        static DispatcherQueue GetForCurrentThread()
        {
            return DispatcherQueue{};
        }

        bool TryEnqueue(DispatcherQueueHandler const& callback) const
        {
            (void)callback;
            return true;
        }
        bool TryEnqueue(DispatcherQueuePriority const& priority, DispatcherQueueHandler const& callback) const
        {
            (void)priority;
            (void)callback;
            return true;
        }
        bool HasThreadAccess() const
        {
            return true;
        }
    };
}

#ifdef WINRT_IMPL_COROUTINES
namespace winrt
{
    /// `co_await winrt::resume_foreground(queue)`: continue on the queue's thread.
    [[nodiscard]] inline auto resume_foreground(
        Windows::System::DispatcherQueue const& dispatcher,
        Windows::System::DispatcherQueuePriority const priority = Windows::System::DispatcherQueuePriority::Normal) noexcept
    {
        struct awaitable
        {
            awaitable(Windows::System::DispatcherQueue const& dispatcher, Windows::System::DispatcherQueuePriority const priority) noexcept :
                m_dispatcher(dispatcher),
                m_priority(priority)
            {
            }

            bool await_ready() const noexcept
            {
                return false;
            }

            bool await_resume() const noexcept
            {
                return m_queued;
            }

            bool await_suspend(std::coroutine_handle<> handle)
            {
                (void)handle;
                return m_dispatcher.TryEnqueue(m_priority, nullptr);
            }

        private:
            Windows::System::DispatcherQueue const& m_dispatcher;
            Windows::System::DispatcherQueuePriority const m_priority;
            bool m_queued{};
        };

        return awaitable{dispatcher, priority};
    }

    inline auto operator co_await(Windows::System::DispatcherQueue const& dispatcher)
    {
        return resume_foreground(dispatcher);
    }
}
#endif
