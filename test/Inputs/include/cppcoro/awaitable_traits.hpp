// Mirrors cppcoro/awaitable_traits.hpp + is_awaitable.hpp + detail/get_awaiter.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>
#include <type_traits>
#include <utility>

namespace cppcoro
{
	namespace detail
	{
		template<typename T>
		concept has_member_co_await = requires(T&& t) { static_cast<T&&>(t).operator co_await(); };

		template<typename T>
		concept has_free_co_await = requires(T&& t) { operator co_await(static_cast<T&&>(t)); };

		template<typename T>
		concept is_awaiter = requires(T& t) {
			{ t.await_ready() } -> std::convertible_to<bool>;
			t.await_resume();
		};

		template<typename T>
		decltype(auto) get_awaiter(T&& value)
		{
			if constexpr (has_member_co_await<T>)
				return static_cast<T&&>(value).operator co_await();
			else if constexpr (has_free_co_await<T>)
				return operator co_await(static_cast<T&&>(value));
			else
				return static_cast<T&&>(value);
		}

		template<typename T>
		struct remove_rvalue_reference { using type = T; };
		template<typename T>
		struct remove_rvalue_reference<T&&> { using type = T; };
		template<typename T>
		using remove_rvalue_reference_t = typename remove_rvalue_reference<T>::type;

		template<typename T>
		struct unwrap_reference { using type = T; };
		template<typename T>
		struct unwrap_reference<std::reference_wrapper<T>> { using type = T; };
		template<typename T>
		using unwrap_reference_t = typename unwrap_reference<T>::type;

		struct void_value {};
	}

	template<typename T>
	struct is_awaitable : std::bool_constant<
		detail::has_member_co_await<T> || detail::has_free_co_await<T> || detail::is_awaiter<T>>
	{};

	template<typename T>
	constexpr bool is_awaitable_v = is_awaitable<T>::value;

	template<typename T, typename = void>
	struct awaitable_traits
	{};

	template<typename T>
	struct awaitable_traits<T, std::void_t<decltype(cppcoro::detail::get_awaiter(std::declval<T>()))>>
	{
		using awaiter_t = decltype(cppcoro::detail::get_awaiter(std::declval<T>()));

		using await_result_t = decltype(std::declval<awaiter_t>().await_resume());
	};
}
