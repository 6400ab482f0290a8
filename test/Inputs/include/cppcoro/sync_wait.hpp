// Mirrors cppcoro/sync_wait.hpp (function template cppcoro::sync_wait; lewissbaker/cppcoro, modern fork). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>

#include <cppcoro/awaitable_traits.hpp>

namespace cppcoro
{
	/// Blocks the calling thread until the awaitable completes ("mostly useful
	/// for starting a top-level task from within main()").
	template<typename AWAITABLE>
	auto sync_wait(AWAITABLE&& awaitable)
		-> typename cppcoro::awaitable_traits<AWAITABLE&&>::await_result_t
	{
		(void)awaitable;
		std::terminate();
	}
}
