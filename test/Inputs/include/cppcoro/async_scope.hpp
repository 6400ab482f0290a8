// Mirrors cppcoro/async_scope.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <atomic>
#include <coroutine>
#include <cstddef>
#include <exception>

namespace cppcoro
{
	/// Join scope: spawn() detached work, then `co_await scope.join()`
	/// (the joiner is resumed inline by the last finisher).
	class async_scope
	{
	public:
		async_scope() noexcept : m_count(1u) {}

		~async_scope() {}

		template<typename AWAITABLE>
		void spawn(AWAITABLE&&) {}

		[[nodiscard]] auto join() noexcept
		{
			class awaiter
			{
				async_scope* m_scope;

			public:
				awaiter(async_scope* scope) noexcept : m_scope(scope) {}

				bool await_ready() noexcept { return m_scope->m_count.load(std::memory_order_acquire) == 0; }

				bool await_suspend(std::coroutine_handle<> continuation) noexcept
				{
					m_scope->m_continuation = continuation;
					return true;
				}

				void await_resume() noexcept {}
			};

			return awaiter{ this };
		}

	private:
		std::atomic<std::size_t> m_count;
		std::coroutine_handle<> m_continuation;
	};
}
