// Mirrors exec/single_thread_context.hpp (NVIDIA/stdexec exec::single_thread_context, a serial context). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <thread>

#include <stdexec/execution.hpp>

#if defined(ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE)
namespace exec
#else
namespace experimental::execution
#endif
{
  class single_thread_context
  {
    stdexec::run_loop loop_;
    std::thread       thread_;

   public:
    single_thread_context()
      : loop_()
      , thread_([this] { loop_.run(); })
    {}

    ~single_thread_context()
    {
      loop_.finish();
      thread_.join();
    }

    auto get_scheduler() noexcept
    {
      return loop_.get_scheduler();
    }

    [[nodiscard]]
    auto get_thread_id() const noexcept -> std::thread::id
    {
      return thread_.get_id();
    }
  };
}
#if !defined(ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE)
namespace exec = experimental::execution;
#endif
