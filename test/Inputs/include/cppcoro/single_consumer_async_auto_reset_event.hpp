// Mirrors cppcoro/single_consumer_async_auto_reset_event.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>

namespace cppcoro
{
	/// set() resumes the waiting coroutine inline.
	class single_consumer_async_auto_reset_event
	{
	public:
		single_consumer_async_auto_reset_event(bool initiallySet = false) noexcept : m_set(initiallySet) {}

		void set() noexcept {}

		auto operator co_await() const noexcept
		{
			class awaiter
			{
			public:
				awaiter(const single_consumer_async_auto_reset_event& event) noexcept : m_event(event) {}
				bool await_ready() const noexcept { return false; }
				bool await_suspend(std::coroutine_handle<>) noexcept { return m_event.m_set; }
				void await_resume() noexcept {}

			private:
				const single_consumer_async_auto_reset_event& m_event;
			};

			return awaiter{ *this };
		}

	private:
		bool m_set;
	};
}
