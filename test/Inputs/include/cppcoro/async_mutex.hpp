// Mirrors cppcoro/async_mutex.hpp (lewissbaker/cppcoro, modern fork using std::coroutine_handle). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>
#include <mutex>

namespace cppcoro
{
	class async_mutex_lock;
	class async_mutex_lock_operation;
	class async_mutex_scoped_lock_operation;

	/// A coroutine mutex: the async alternative to a blocking lock.
	class async_mutex
	{
	public:
		async_mutex() noexcept {}
		~async_mutex() {}

		bool try_lock() noexcept { return false; }

		/// `co_await m.lock_async(); ... m.unlock();`
		async_mutex_lock_operation lock_async() noexcept;

		/// `auto lock = co_await m.scoped_lock_async();`
		async_mutex_scoped_lock_operation scoped_lock_async() noexcept;

		void unlock() {}
	};

	class async_mutex_lock
	{
	public:
		explicit async_mutex_lock(async_mutex& mutex, std::adopt_lock_t) noexcept : m_mutex(&mutex) {}
		async_mutex_lock(async_mutex_lock&& other) noexcept : m_mutex(other.m_mutex) { other.m_mutex = nullptr; }
		async_mutex_lock(const async_mutex_lock& other) = delete;
		async_mutex_lock& operator=(const async_mutex_lock& other) = delete;
		~async_mutex_lock() {}

	private:
		async_mutex* m_mutex;
	};

	class async_mutex_lock_operation
	{
	public:
		explicit async_mutex_lock_operation(async_mutex& mutex) noexcept : m_mutex(mutex) {}

		bool await_ready() const noexcept { return false; }
		bool await_suspend(std::coroutine_handle<> awaiter) noexcept { m_awaiter = awaiter; return true; }
		void await_resume() const noexcept {}

	protected:
		async_mutex& m_mutex;

	private:
		std::coroutine_handle<> m_awaiter;
	};

	class async_mutex_scoped_lock_operation : public async_mutex_lock_operation
	{
	public:
		using async_mutex_lock_operation::async_mutex_lock_operation;

		[[nodiscard]] async_mutex_lock await_resume() const noexcept
		{
			return async_mutex_lock{ m_mutex, std::adopt_lock };
		}
	};

	inline async_mutex_lock_operation async_mutex::lock_async() noexcept
	{
		return async_mutex_lock_operation{ *this };
	}

	inline async_mutex_scoped_lock_operation async_mutex::scoped_lock_async() noexcept
	{
		return async_mutex_scoped_lock_operation{ *this };
	}
}
