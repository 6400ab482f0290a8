// Mirrors cppcoro/shared_task.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

namespace cppcoro
{
	template<typename T> class shared_task;

	namespace detail
	{
		class shared_task_promise_base
		{
			struct final_awaiter
			{
				bool await_ready() const noexcept { return false; }

				// Resumes *all* waiting coroutines inline.
				template<typename PROMISE>
				void await_suspend(std::coroutine_handle<PROMISE>) noexcept {}

				void await_resume() noexcept {}
			};

		public:
			std::suspend_always initial_suspend() noexcept { return {}; }
			final_awaiter final_suspend() noexcept { return {}; }
			void unhandled_exception() noexcept {}
			bool is_ready() const noexcept { return false; }
		};

		template<typename T>
		class shared_task_promise : public shared_task_promise_base
		{
		public:
			shared_task<T> get_return_object() noexcept;

			template<
				typename VALUE,
				typename = std::enable_if_t<std::is_convertible_v<VALUE&&, T>>>
			void return_value(VALUE&&) {}

			T& result() { std::terminate(); }
		};

		template<>
		class shared_task_promise<void> : public shared_task_promise_base
		{
		public:
			shared_task<void> get_return_object() noexcept;
			void return_void() noexcept {}
			void result() {}
		};
	}

	/// A lazily-started, copyable task that can be awaited by many coroutines.
	template<typename T = void>
	class [[nodiscard]] shared_task
	{
	public:
		using promise_type = detail::shared_task_promise<T>;

		using value_type = T;

	private:
		struct awaitable_base
		{
			std::coroutine_handle<promise_type> m_coroutine;

			bool await_ready() const noexcept { return !m_coroutine; }

			bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
		};

	public:
		shared_task() noexcept : m_coroutine(nullptr) {}

		explicit shared_task(std::coroutine_handle<promise_type> coroutine) : m_coroutine(coroutine) {}

		shared_task(shared_task&& other) noexcept : m_coroutine(std::exchange(other.m_coroutine, nullptr)) {}
		shared_task(const shared_task& other) noexcept : m_coroutine(other.m_coroutine) {}
		~shared_task() {}

		shared_task& operator=(shared_task other) noexcept
		{
			std::swap(m_coroutine, other.m_coroutine);
			return *this;
		}

		bool is_ready() const noexcept { return !m_coroutine || m_coroutine.done(); }

		auto operator co_await() const noexcept
		{
			struct awaitable : awaitable_base
			{
				decltype(auto) await_resume() { return this->m_coroutine.promise().result(); }
			};

			return awaitable{ { m_coroutine } };
		}

		auto when_ready() const noexcept
		{
			struct awaitable : awaitable_base
			{
				void await_resume() const noexcept {}
			};

			return awaitable{ { m_coroutine } };
		}

	private:
		std::coroutine_handle<promise_type> m_coroutine;
	};

	namespace detail
	{
		template<typename T>
		shared_task<T> shared_task_promise<T>::get_return_object() noexcept
		{
			return shared_task<T>{ std::coroutine_handle<shared_task_promise>::from_promise(*this) };
		}

		inline shared_task<void> shared_task_promise<void>::get_return_object() noexcept
		{
			return shared_task<void>{ std::coroutine_handle<shared_task_promise>::from_promise(*this) };
		}
	}

	template<typename T>
	shared_task<T> make_shared_task(T t)
	{
		co_return t;
	}
}
