// Mirrors exec/static_thread_pool.hpp (NVIDIA/stdexec exec::static_thread_pool). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstdint>

#include <stdexec/execution.hpp>

#if defined(ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE)
namespace exec
#else
namespace experimental::execution
#endif
{
  namespace _pool_
  {
    class _static_thread_pool
    {
     public:
      class scheduler
      {
       public:
        using scheduler_concept = stdexec::scheduler_t;
        auto schedule() const noexcept
        {
          return stdexec::__detail::__basic_sender<stdexec::schedule_t>{};
        }
        bool operator==(const scheduler&) const noexcept = default;
      };

      _static_thread_pool() = default;
      explicit _static_thread_pool(std::uint32_t) {}

      scheduler get_scheduler() noexcept
      {
        return {};
      }
      scheduler get_scheduler_on_thread(std::size_t) noexcept
      {
        return {};
      }
      void request_stop() noexcept
      {}
      std::uint32_t available_parallelism() const
      {
        return 1;
      }
    };
  } // namespace _pool_

  struct static_thread_pool : private _pool_::_static_thread_pool
  {
    static_thread_pool() = default;

    explicit static_thread_pool(std::uint32_t thread_count)
      : _pool_::_static_thread_pool(thread_count)
    {}

    using _pool_::_static_thread_pool::scheduler;
    using _pool_::_static_thread_pool::get_scheduler;
    using _pool_::_static_thread_pool::get_scheduler_on_thread;
    using _pool_::_static_thread_pool::request_stop;
    using _pool_::_static_thread_pool::available_parallelism;
  };
}
#if !defined(ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE)
namespace exec = experimental::execution;
#endif
