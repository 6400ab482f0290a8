// Mirrors cppcoro/async_auto_reset_event.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>

namespace cppcoro
{
	class async_auto_reset_event_operation;

	/// A waiter may be resumed inside a call to set() or inside another
	/// thread's call to operator co_await().
	class async_auto_reset_event
	{
	public:
		async_auto_reset_event(bool /*initiallySet*/ = false) noexcept {}
		~async_auto_reset_event() {}

		async_auto_reset_event_operation operator co_await() const noexcept;

		void set() noexcept {}

		void reset() noexcept {}

	};

	class async_auto_reset_event_operation
	{
	public:
		async_auto_reset_event_operation() noexcept : m_event(nullptr) {}
		explicit async_auto_reset_event_operation(const async_auto_reset_event& event) noexcept : m_event(&event) {}

		bool await_ready() const noexcept { return m_event == nullptr; }
		bool await_suspend(std::coroutine_handle<> awaiter) noexcept { m_awaiter = awaiter; return true; }
		void await_resume() const noexcept {}

	private:
		const async_auto_reset_event* m_event;
		std::coroutine_handle<> m_awaiter;
	};

	inline async_auto_reset_event_operation async_auto_reset_event::operator co_await() const noexcept
	{
		return async_auto_reset_event_operation{ *this };
	}
}
