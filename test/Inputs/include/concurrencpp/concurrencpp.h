// Mirrors concurrencpp/concurrencpp.h (umbrella; timers and generator omitted). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "concurrencpp/forward_declarations.h"

#include "concurrencpp/runtime/runtime.h"
#include "concurrencpp/results/result.h"
#include "concurrencpp/results/lazy_result.h"
#include "concurrencpp/results/make_result.h"
#include "concurrencpp/results/when_result.h"
#include "concurrencpp/results/shared_result.h"
#include "concurrencpp/results/promises.h"
#include "concurrencpp/results/resume_on.h"
#include "concurrencpp/executors/executor_all.h"
#include "concurrencpp/threads/async_lock.h"
#include "concurrencpp/threads/async_condition_variable.h"
