// Mirrors concurrencpp/forward_declarations.h (forward declarations of concurrencpp types). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

namespace concurrencpp {
    struct null_result;

    class task;

    template<class type>
    class result;
    template<class type>
    class lazy_result;
    template<class type>
    class shared_result;
    template<class type>
    class result_promise;

    class runtime;

    class executor;
    class inline_executor;
    class thread_pool_executor;
    class thread_executor;
    class worker_thread_executor;
    class manual_executor;

    class async_lock;
    class scoped_async_lock;
    class async_condition_variable;
}  // namespace concurrencpp
