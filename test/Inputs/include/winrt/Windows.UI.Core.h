// Mirrors winrt/Windows.UI.Core.h (CoreDispatcher) + base_coroutine_ui_core.h (winrt::resume_foreground(CoreDispatcher)). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstddef>
#include <cstdint>

#include <winrt/Windows.Foundation.h>

namespace winrt::Windows::UI::Core
{
    enum class CoreDispatcherPriority : std::int32_t
    {
        Idle = -2,
        Low = -1,
        Normal = 0,
        High = 1,
    };

    struct DispatchedHandler : winrt::Windows::Foundation::IUnknown
    {
        DispatchedHandler(std::nullptr_t = nullptr) noexcept {}
        template <typename L>
        DispatchedHandler(L handler)
        {
            (void)handler;
        }
        void operator()() const {}
    };

    /// The UI thread's dispatcher (an STA); blocking get() on it can deadlock.
    struct CoreDispatcher : winrt::Windows::Foundation::IInspectable
    {
        CoreDispatcher(std::nullptr_t = nullptr) noexcept {}

        bool HasThreadAccess() const
        {
            return true;
        }
        winrt::Windows::Foundation::IAsyncAction RunAsync(CoreDispatcherPriority const& priority, DispatchedHandler const& agileCallback) const
        {
            (void)priority;
            (void)agileCallback;
            return nullptr;
        }
    };
}

#ifdef WINRT_IMPL_COROUTINES
namespace winrt
{
    /// `co_await winrt::resume_foreground(dispatcher)`: continue on the UI thread.
    [[nodiscard]] inline auto resume_foreground(
        Windows::UI::Core::CoreDispatcher const& dispatcher,
        Windows::UI::Core::CoreDispatcherPriority const priority = Windows::UI::Core::CoreDispatcherPriority::Normal) noexcept
    {
        struct awaitable
        {
            awaitable(Windows::UI::Core::CoreDispatcher const& dispatcher, Windows::UI::Core::CoreDispatcherPriority const priority) noexcept :
                m_dispatcher(dispatcher),
                m_priority(priority)
            {
            }

            bool await_ready() const noexcept
            {
                return m_dispatcher.HasThreadAccess();
            }

            void await_resume() const noexcept {}

            void await_suspend(std::coroutine_handle<> handle) const
            {
                (void)handle;
                m_dispatcher.RunAsync(m_priority, nullptr);
            }

        private:
            Windows::UI::Core::CoreDispatcher const& m_dispatcher;
            Windows::UI::Core::CoreDispatcherPriority const m_priority;
        };

        return awaitable{dispatcher, priority};
    }

    inline auto operator co_await(Windows::UI::Core::CoreDispatcher const& dispatcher)
    {
        return resume_foreground(dispatcher);
    }
}
#endif
