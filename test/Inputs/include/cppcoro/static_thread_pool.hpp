// Mirrors cppcoro/static_thread_pool.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>
#include <cstdint>

namespace cppcoro
{
	class static_thread_pool
	{
	public:
		/// Initialise to a number of threads equal to the number of cores.
		static_thread_pool() : m_threadCount(1) {}

		explicit static_thread_pool(std::uint32_t threadCount) : m_threadCount(threadCount) {}

		~static_thread_pool() {}

		class schedule_operation
		{
		public:
			schedule_operation(static_thread_pool* /*tp*/) noexcept {}

			bool await_ready() noexcept { return false; }
			void await_suspend(std::coroutine_handle<> awaitingCoroutine) noexcept { m_awaitingCoroutine = awaitingCoroutine; }
			void await_resume() noexcept {}

		private:
			std::coroutine_handle<> m_awaitingCoroutine;
		};

		std::uint32_t thread_count() const noexcept { return m_threadCount; }

		[[nodiscard]]
		schedule_operation schedule() noexcept { return schedule_operation{ this }; }

	private:
		std::uint32_t m_threadCount;
	};
}
