// Mirrors concurrencpp/runtime/runtime.h (concurrencpp::runtime and its executor accessors). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <utility>

#include "concurrencpp/executors/executor_all.h"

namespace concurrencpp {
    struct runtime_options {
        size_t max_cpu_threads = 1;
        std::chrono::milliseconds max_thread_pool_executor_waiting_time {};
        size_t max_background_threads = 1;
        std::chrono::milliseconds max_background_executor_waiting_time {};
    };

    class runtime {
       public:
        runtime() {}
        runtime(const concurrencpp::runtime_options&) {}
        ~runtime() noexcept {}

        std::shared_ptr<concurrencpp::inline_executor> inline_executor() const noexcept { return {}; }
        std::shared_ptr<concurrencpp::thread_pool_executor> thread_pool_executor() const noexcept { return {}; }
        std::shared_ptr<concurrencpp::thread_pool_executor> background_executor() const noexcept { return {}; }
        std::shared_ptr<concurrencpp::thread_executor> thread_executor() const noexcept { return {}; }

        std::shared_ptr<concurrencpp::worker_thread_executor> make_worker_thread_executor() { return {}; }
        std::shared_ptr<concurrencpp::manual_executor> make_manual_executor() { return {}; }

        template<class executor_type, class... argument_types>
        std::shared_ptr<executor_type> make_executor(argument_types&&... arguments) {
            return std::make_shared<executor_type>(std::forward<argument_types>(arguments)...);
        }
    };
}  // namespace concurrencpp
