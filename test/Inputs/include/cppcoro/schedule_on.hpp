// Mirrors cppcoro/schedule_on.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <type_traits>
#include <utility>

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/task.hpp>

namespace cppcoro
{
	template<typename SCHEDULER>
	struct schedule_on_transform
	{
		explicit schedule_on_transform(SCHEDULER& scheduler) noexcept : scheduler(scheduler) {}

		SCHEDULER& scheduler;
	};

	template<typename SCHEDULER>
	schedule_on_transform<SCHEDULER> schedule_on(SCHEDULER& scheduler)
	{
		return schedule_on_transform<SCHEDULER>{ scheduler };
	}

	/// Starts `awaitable` on `scheduler`'s thread; does NOT control where the
	/// awaiting coroutine resumes (use resume_on for that).
	template<typename SCHEDULER, typename AWAITABLE>
	auto schedule_on(SCHEDULER& scheduler, AWAITABLE awaitable)
		-> task<detail::remove_rvalue_reference_t<typename awaitable_traits<AWAITABLE>::await_result_t>>
	{
		co_await scheduler.schedule();
		co_return co_await std::move(awaitable);
	}

	template<typename T, typename SCHEDULER>
	decltype(auto) operator|(T&& value, schedule_on_transform<SCHEDULER> transform)
	{
		return schedule_on(transform.scheduler, std::forward<T>(value));
	}
}
