// Mirrors cppcoro/io_service.hpp (schedule, process_events, run; lewissbaker/cppcoro, modern fork). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>
#include <cstdint>

namespace cppcoro
{
	class io_service
	{
	public:
		class schedule_operation
		{
		public:
			schedule_operation(io_service& /*service*/) noexcept {}
			bool await_ready() const noexcept { return false; }
			void await_suspend(std::coroutine_handle<>) noexcept {}
			void await_resume() const noexcept {}
		};

		io_service() {}
		explicit io_service(std::uint32_t) {}
		~io_service() {}

		[[nodiscard]] schedule_operation schedule() noexcept { return schedule_operation{ *this }; }

		/// Blocks the calling thread, running queued events until stop().
		std::uint64_t process_events() { return 0; }
		std::uint64_t process_pending_events() { return 0; }
		std::uint64_t process_one_event() { return 0; }
		std::uint64_t process_one_pending_event() { return 0; }

		void stop() noexcept {}
		void reset() {}
		bool is_stop_requested() const noexcept { return false; }
		void notify_work_started() noexcept {}
		void notify_work_finished() noexcept {}
	};
}
