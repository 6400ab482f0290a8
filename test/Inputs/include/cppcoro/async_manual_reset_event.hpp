// Mirrors cppcoro/async_manual_reset_event.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>

namespace cppcoro
{
	class async_manual_reset_event_operation;

	/// set() resumes all pending coroutines inline, within the call to set().
	class async_manual_reset_event
	{
	public:
		async_manual_reset_event(bool initiallySet = false) noexcept : m_set(initiallySet) {}
		~async_manual_reset_event() {}

		async_manual_reset_event_operation operator co_await() const noexcept;

		bool is_set() const noexcept { return m_set; }

		void set() noexcept {}

		void reset() noexcept {}

	private:
		bool m_set;
	};

	class async_manual_reset_event_operation
	{
	public:
		explicit async_manual_reset_event_operation(const async_manual_reset_event& event) noexcept
			: m_event(event) {}

		bool await_ready() const noexcept { return m_event.is_set(); }
		bool await_suspend(std::coroutine_handle<> awaiter) noexcept { m_awaiter = awaiter; return true; }
		void await_resume() const noexcept {}

	private:
		const async_manual_reset_event& m_event;
		std::coroutine_handle<> m_awaiter;
	};

	inline async_manual_reset_event_operation async_manual_reset_event::operator co_await() const noexcept
	{
		return async_manual_reset_event_operation{ *this };
	}
}
