// Mirrors coro/coro.hpp (jbaldwin/libcoro umbrella header; networking parts omitted except coro::scheduler). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/concepts/awaitable.hpp"
#include "coro/concepts/executor.hpp"
#include "coro/concepts/range_of.hpp"

#include "coro/expected.hpp"

// In libcoro coro/scheduler.hpp is included when LIBCORO_FEATURE_NETWORKING is
// enabled (the default on Linux builds); the mock always provides it.
#include "coro/scheduler.hpp"

#include "coro/condition_variable.hpp"
#include "coro/event.hpp"
#include "coro/latch.hpp"
#include "coro/mutex.hpp"
#include "coro/queue.hpp"
#include "coro/semaphore.hpp"
#include "coro/shared_mutex.hpp"
#include "coro/sync_wait.hpp"
#include "coro/task.hpp"
#include "coro/task_group.hpp"
#include "coro/thread_pool.hpp"
#include "coro/when_all.hpp"
#include "coro/when_any.hpp"
