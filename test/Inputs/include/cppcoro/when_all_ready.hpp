// Mirrors cppcoro/when_all_ready.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <cppcoro/awaitable_traits.hpp>

namespace cppcoro
{
	namespace detail
	{
		/// Wraps one child; the awaiting coroutine is resumed inline by
		/// whichever child finishes last.
		template<typename RESULT>
		class when_all_task
		{
		public:
			when_all_task() noexcept = default;
			when_all_task(when_all_task&&) noexcept = default;

			std::remove_reference_t<RESULT>& result() & { std::terminate(); }
			std::remove_reference_t<RESULT>&& result() && { std::terminate(); }
			std::remove_reference_t<RESULT>& non_void_result() & { std::terminate(); }
			std::remove_reference_t<RESULT>&& non_void_result() && { std::terminate(); }
		};

		template<>
		class when_all_task<void>
		{
		public:
			void result() {}
			void_value non_void_result() { return {}; }
		};

		template<typename TASK_CONTAINER>
		class when_all_ready_awaitable
		{
			struct awaiter_base
			{
				TASK_CONTAINER& m_tasks;
				bool await_ready() const noexcept { return false; }
				bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
			};

		public:
			explicit when_all_ready_awaitable(TASK_CONTAINER&& tasks) noexcept : m_tasks(std::move(tasks)) {}
			when_all_ready_awaitable(when_all_ready_awaitable&&) noexcept = default;

			auto operator co_await() & noexcept
			{
				struct awaiter : awaiter_base
				{
					TASK_CONTAINER& await_resume() noexcept { return this->m_tasks; }
				};
				return awaiter{ { m_tasks } };
			}

			auto operator co_await() && noexcept
			{
				struct awaiter : awaiter_base
				{
					TASK_CONTAINER&& await_resume() noexcept { return std::move(this->m_tasks); }
				};
				return awaiter{ { m_tasks } };
			}

		private:
			TASK_CONTAINER m_tasks;
		};

		template<typename AWAITABLE>
		when_all_task<typename awaitable_traits<AWAITABLE&&>::await_result_t> make_when_all_task(AWAITABLE&&)
		{
			return {};
		}
	}

	template<
		typename... AWAITABLES,
		std::enable_if_t<std::conjunction_v<
			is_awaitable<detail::unwrap_reference_t<std::remove_reference_t<AWAITABLES>>>...>, int> = 0>
	[[nodiscard]] auto when_all_ready(AWAITABLES&&... awaitables)
	{
		return detail::when_all_ready_awaitable<std::tuple<detail::when_all_task<
			typename awaitable_traits<detail::unwrap_reference_t<std::remove_reference_t<AWAITABLES>>>::await_result_t>...>>(
				std::make_tuple(detail::make_when_all_task(std::forward<AWAITABLES>(awaitables))...));
	}

	template<
		typename AWAITABLE,
		typename RESULT = typename awaitable_traits<detail::unwrap_reference_t<AWAITABLE>>::await_result_t>
	[[nodiscard]] auto when_all_ready(std::vector<AWAITABLE> awaitables)
	{
		std::vector<detail::when_all_task<RESULT>> tasks;
		(void)awaitables;
		return detail::when_all_ready_awaitable<std::vector<detail::when_all_task<RESULT>>>(std::move(tasks));
	}
}
