// Mirrors concurrencpp/results/result_fwd_declarations.h (result_status, executor_tag, null_result). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "concurrencpp/coroutines/coroutine.h"
#include "concurrencpp/forward_declarations.h"

namespace concurrencpp {
    template<class type>
    class awaitable;
    template<class type>
    class resolve_awaitable;

    struct executor_tag {};

    struct null_result {};

    enum class result_status { idle, value, exception };
}  // namespace concurrencpp
