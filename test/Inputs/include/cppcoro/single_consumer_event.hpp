// Mirrors cppcoro/single_consumer_event.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>

namespace cppcoro
{
	/// If a coroutine is waiting, it is resumed on the thread that calls set(),
	/// within the call to set().
	class single_consumer_event
	{
	public:
		single_consumer_event(bool initiallySet = false) noexcept : m_set(initiallySet) {}

		bool is_set() const noexcept { return m_set; }

		void set() noexcept {}

		void reset() noexcept {}

		auto operator co_await() noexcept
		{
			class awaiter
			{
			public:
				awaiter(single_consumer_event& event) : m_event(event) {}

				bool await_ready() const noexcept { return m_event.is_set(); }

				bool await_suspend(std::coroutine_handle<> awaiter) { m_event.m_awaiter = awaiter; return true; }

				void await_resume() noexcept {}

			private:
				single_consumer_event& m_event;
			};

			return awaiter{ *this };
		}

	private:
		bool m_set;
		std::coroutine_handle<> m_awaiter;
	};
}
