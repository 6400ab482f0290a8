// Mirrors concurrencpp/executors/executor_all.h (all concurrencpp executors). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "concurrencpp/executors/derivable_executor.h"
#include "concurrencpp/executors/executor.h"
#include "concurrencpp/executors/inline_executor.h"
#include "concurrencpp/executors/manual_executor.h"
#include "concurrencpp/executors/thread_executor.h"
#include "concurrencpp/executors/thread_pool_executor.h"
#include "concurrencpp/executors/worker_thread_executor.h"
