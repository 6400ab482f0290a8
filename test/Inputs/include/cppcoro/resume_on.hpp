// Mirrors cppcoro/resume_on.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <type_traits>
#include <utility>

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/task.hpp>

namespace cppcoro
{
	template<typename SCHEDULER>
	struct resume_on_transform
	{
		explicit resume_on_transform(SCHEDULER& s) noexcept : scheduler(s) {}

		SCHEDULER& scheduler;
	};

	template<typename SCHEDULER>
	resume_on_transform<SCHEDULER> resume_on(SCHEDULER& scheduler) noexcept
	{
		return resume_on_transform<SCHEDULER>(scheduler);
	}

	/// Awaits `awaitable`, then resumes the awaiting coroutine on `scheduler`
	/// (the async-continuation policy).
	template<
		typename SCHEDULER,
		typename AWAITABLE,
		typename AWAIT_RESULT = detail::remove_rvalue_reference_t<typename awaitable_traits<AWAITABLE>::await_result_t>>
	auto resume_on(SCHEDULER& scheduler, AWAITABLE awaitable)
		-> task<AWAIT_RESULT>
	{
		if constexpr (std::is_void_v<AWAIT_RESULT>)
		{
			co_await std::move(awaitable);
			co_await scheduler.schedule();
		}
		else
		{
			auto result = co_await std::move(awaitable);
			co_await scheduler.schedule();
			co_return result;
		}
	}

	template<typename T, typename SCHEDULER>
	decltype(auto) operator|(T&& value, resume_on_transform<SCHEDULER> transform)
	{
		return resume_on(transform.scheduler, std::forward<T>(value));
	}
}
