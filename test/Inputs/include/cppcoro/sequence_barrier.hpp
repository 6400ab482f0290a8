// Mirrors cppcoro/sequence_barrier.hpp (lewissbaker/cppcoro, modern fork). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>
#include <cstddef>

namespace cppcoro
{
	/// publish() resumes the waiters whose target sequence is reached, inline.
	template<typename SEQUENCE = std::size_t>
	class sequence_barrier
	{
		class wait_operation
		{
		public:
			bool await_ready() const noexcept { return false; }
			bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
			SEQUENCE await_resume() const noexcept { return SEQUENCE{}; }
		};

	public:
		sequence_barrier(SEQUENCE initialSequence = SEQUENCE{}) noexcept : m_lastPublished(initialSequence) {}

		SEQUENCE last_published() const noexcept { return m_lastPublished; }

		template<typename SCHEDULER>
		[[nodiscard]] wait_operation wait_until_published(SEQUENCE, SCHEDULER&) const noexcept { return {}; }

		void publish(SEQUENCE sequence) noexcept { m_lastPublished = sequence; }

	private:
		SEQUENCE m_lastPublished;
	};
}
