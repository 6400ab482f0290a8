// Mirrors cppcoro/async_latch.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstddef>

#include <cppcoro/async_manual_reset_event.hpp>

namespace cppcoro
{
	/// count_down() that reaches zero resumes the waiters inline.
	class async_latch
	{
	public:
		async_latch(std::ptrdiff_t initialCount) noexcept
			: m_count(initialCount), m_event(initialCount <= 0) {}

		bool is_ready() const noexcept { return m_event.is_set(); }

		void count_down(std::ptrdiff_t n = 1) noexcept { m_count -= n; }

		auto operator co_await() const noexcept { return m_event.operator co_await(); }

	private:
		std::ptrdiff_t m_count;
		async_manual_reset_event m_event;
	};
}
