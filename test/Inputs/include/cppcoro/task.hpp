// Mirrors cppcoro/task.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

namespace cppcoro
{
	template<typename T> class task;

	namespace detail
	{
		class task_promise_base
		{
			friend struct final_awaitable;

			struct final_awaitable
			{
				bool await_ready() const noexcept { return false; }

				// Symmetric transfer to the awaiting coroutine, on the completing thread.
				template<typename PROMISE>
				std::coroutine_handle<> await_suspend(std::coroutine_handle<PROMISE> coro) noexcept
				{
					return coro.promise().m_continuation;
				}

				void await_resume() noexcept {}
			};

		public:
			task_promise_base() noexcept {}

			auto initial_suspend() noexcept { return std::suspend_always{}; }

			auto final_suspend() noexcept { return final_awaitable{}; }

			void set_continuation(std::coroutine_handle<> continuation) noexcept
			{
				m_continuation = continuation;
			}

		private:
			std::coroutine_handle<> m_continuation;
		};

		template<typename T>
		class task_promise final : public task_promise_base
		{
		public:
			task_promise() noexcept {}

			task<T> get_return_object() noexcept;

			void unhandled_exception() noexcept {}

			template<
				typename VALUE,
				typename = std::enable_if_t<std::is_convertible_v<VALUE&&, T>>>
			void return_value(VALUE&&) noexcept(std::is_nothrow_constructible_v<T, VALUE&&>)
			{}

			T& result() & { std::terminate(); }
			T&& result() && { std::terminate(); }
		};

		template<>
		class task_promise<void> : public task_promise_base
		{
		public:
			task_promise() noexcept = default;

			task<void> get_return_object() noexcept;

			void return_void() noexcept {}

			void unhandled_exception() noexcept {}

			void result() {}
		};

		template<typename T>
		class task_promise<T&> : public task_promise_base
		{
		public:
			task_promise() noexcept = default;

			task<T&> get_return_object() noexcept;

			void unhandled_exception() noexcept {}

			void return_value(T& value) noexcept { m_value = std::addressof(value); }

			T& result() { return *m_value; }

		private:
			T* m_value = nullptr;
		};
	}

	/// A lazily-started coroutine. When it completes it resumes the awaiting
	/// coroutine inline, on whatever thread it completed on.
	template<typename T = void>
	class [[nodiscard]] task
	{
	public:
		using promise_type = detail::task_promise<T>;

		using value_type = T;

	private:
		struct awaitable_base
		{
			std::coroutine_handle<promise_type> m_coroutine;

			awaitable_base(std::coroutine_handle<promise_type> coroutine) noexcept
				: m_coroutine(coroutine)
			{}

			bool await_ready() const noexcept
			{
				return !m_coroutine || m_coroutine.done();
			}

			std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaitingCoroutine) noexcept
			{
				m_coroutine.promise().set_continuation(awaitingCoroutine);
				return m_coroutine;
			}
		};

	public:
		task() noexcept : m_coroutine(nullptr) {}

		explicit task(std::coroutine_handle<promise_type> coroutine) : m_coroutine(coroutine) {}

		task(task&& t) noexcept : m_coroutine(t.m_coroutine) { t.m_coroutine = nullptr; }

		task(const task&) = delete;
		task& operator=(const task&) = delete;

		~task() {}

		task& operator=(task&& other) noexcept
		{
			m_coroutine = std::exchange(other.m_coroutine, nullptr);
			return *this;
		}

		bool is_ready() const noexcept { return !m_coroutine || m_coroutine.done(); }

		auto operator co_await() const & noexcept
		{
			struct awaitable : awaitable_base
			{
				using awaitable_base::awaitable_base;

				decltype(auto) await_resume() { return this->m_coroutine.promise().result(); }
			};

			return awaitable{ m_coroutine };
		}

		auto operator co_await() const && noexcept
		{
			struct awaitable : awaitable_base
			{
				using awaitable_base::awaitable_base;

				decltype(auto) await_resume() { return std::move(this->m_coroutine.promise()).result(); }
			};

			return awaitable{ m_coroutine };
		}

		/// An awaitable that completes when the task completes, without its result.
		auto when_ready() const noexcept
		{
			struct awaitable : awaitable_base
			{
				using awaitable_base::awaitable_base;

				void await_resume() const noexcept {}
			};

			return awaitable{ m_coroutine };
		}

	private:
		std::coroutine_handle<promise_type> m_coroutine;
	};

	namespace detail
	{
		template<typename T>
		task<T> task_promise<T>::get_return_object() noexcept
		{
			return task<T>{ std::coroutine_handle<task_promise>::from_promise(*this) };
		}

		inline task<void> task_promise<void>::get_return_object() noexcept
		{
			return task<void>{ std::coroutine_handle<task_promise>::from_promise(*this) };
		}

		template<typename T>
		task<T&> task_promise<T&>::get_return_object() noexcept
		{
			return task<T&>{ std::coroutine_handle<task_promise>::from_promise(*this) };
		}
	}
}
