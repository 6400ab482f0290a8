// Mirrors exec/inline_scheduler.hpp (NVIDIA/stdexec exec::inline_scheduler = stdexec::inline_scheduler). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <stdexec/execution.hpp>

#if defined(ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE)
namespace exec
#else
namespace experimental::execution
#endif
{
  using inline_scheduler = stdexec::inline_scheduler;
}
#if !defined(ASYNC_TIDY_MOCK_EXEC_LEGACY_NAMESPACE)
namespace exec = experimental::execution;
#endif
