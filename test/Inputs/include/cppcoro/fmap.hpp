// Mirrors cppcoro/fmap.hpp (lewissbaker/cppcoro, modern fork). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <functional>
#include <type_traits>
#include <utility>

#include <cppcoro/awaitable_traits.hpp>

namespace cppcoro
{
	namespace detail
	{
		template<typename FUNC, typename AWAITABLE>
		class fmap_awaitable
		{
			using await_result_t = typename awaitable_traits<AWAITABLE&&>::await_result_t;
			using result_t = std::conditional_t<
				std::is_void_v<await_result_t>,
				std::invoke_result<FUNC&&>,
				std::invoke_result<FUNC&&, await_result_t>>;

			class awaiter
			{
			public:
				bool await_ready() noexcept { return false; }
				bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
				typename result_t::type await_resume();
			};

		public:
			template<typename FUNC_ARG, typename AWAITABLE_ARG>
			explicit fmap_awaitable(FUNC_ARG&& func, AWAITABLE_ARG&& awaitable)
				: m_func(static_cast<FUNC_ARG&&>(func)), m_awaitable(static_cast<AWAITABLE_ARG&&>(awaitable))
			{}

			awaiter operator co_await() const & { return {}; }
			awaiter operator co_await() & { return {}; }
			awaiter operator co_await() && { return {}; }

		private:
			FUNC m_func;
			AWAITABLE m_awaitable;
		};
	}

	template<typename FUNC>
	struct fmap_transform
	{
		explicit fmap_transform(FUNC&& f) : func(std::forward<FUNC>(f)) {}
		FUNC func;
	};

	/// Runs `func` on the result, where the awaited operation completes.
	template<typename FUNC, typename AWAITABLE>
	auto fmap(FUNC&& func, AWAITABLE&& awaitable)
	{
		return detail::fmap_awaitable<std::remove_cv_t<std::remove_reference_t<FUNC>>, std::remove_cv_t<std::remove_reference_t<AWAITABLE>>>(
			std::forward<FUNC>(func), std::forward<AWAITABLE>(awaitable));
	}

	template<typename FUNC>
	auto fmap(FUNC&& func)
	{
		return fmap_transform<FUNC>{ std::forward<FUNC>(func) };
	}

	template<typename T, typename FUNC>
	decltype(auto) operator|(T&& value, fmap_transform<FUNC>&& transform)
	{
		return fmap(std::forward<FUNC>(transform.func), std::forward<T>(value));
	}
}
