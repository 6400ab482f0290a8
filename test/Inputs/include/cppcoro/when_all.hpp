// Mirrors cppcoro/when_all.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/fmap.hpp>
#include <cppcoro/when_all_ready.hpp>

namespace cppcoro
{
	/// `auto [a, b] = co_await when_all(t1, t2);` (void results become
	/// detail::void_value). The awaiter is resumed inline by the last child.
	template<
		typename... AWAITABLES,
		std::enable_if_t<
			std::conjunction_v<is_awaitable<detail::unwrap_reference_t<std::remove_reference_t<AWAITABLES>>>...>,
			int> = 0>
	[[nodiscard]] auto when_all(AWAITABLES&&... awaitables)
	{
		return fmap([](auto&& taskTuple)
		{
			return std::apply([](auto&&... tasks) {
				return std::make_tuple(static_cast<decltype(tasks)>(tasks).non_void_result()...);
			}, static_cast<decltype(taskTuple)>(taskTuple));
		}, when_all_ready(std::forward<AWAITABLES>(awaitables)...));
	}

	template<
		typename AWAITABLE,
		typename RESULT = typename awaitable_traits<detail::unwrap_reference_t<AWAITABLE>>::await_result_t,
		std::enable_if_t<std::is_void_v<RESULT>, int> = 0>
	[[nodiscard]] auto when_all(std::vector<AWAITABLE> awaitables)
	{
		return fmap([](auto&&) {}, when_all_ready(std::move(awaitables)));
	}

	template<
		typename AWAITABLE,
		typename RESULT = typename awaitable_traits<detail::unwrap_reference_t<AWAITABLE>>::await_result_t,
		std::enable_if_t<!std::is_void_v<RESULT>, int> = 0>
	[[nodiscard]] auto when_all(std::vector<AWAITABLE> awaitables)
	{
		using result_t = std::remove_cv_t<std::remove_reference_t<RESULT>>;
		return fmap([](auto&&) { return std::vector<result_t>{}; }, when_all_ready(std::move(awaitables)));
	}
}
