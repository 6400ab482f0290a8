// Mirrors concurrencpp/executors/thread_pool_executor.h (concurrencpp::thread_pool_executor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>
#include <functional>
#include <string_view>

#include "concurrencpp/executors/derivable_executor.h"

namespace concurrencpp {
    class thread_pool_executor final : public derivable_executor<thread_pool_executor> {
       public:
        thread_pool_executor(std::string_view pool_name,
                             size_t pool_size,
                             std::chrono::milliseconds max_idle_time,
                             const std::function<void(std::string_view thread_name)>& thread_started_callback = {},
                             const std::function<void(std::string_view thread_name)>& thread_terminated_callback = {}) :
            derivable_executor<thread_pool_executor>(pool_name) {
            (void)pool_size;
            (void)max_idle_time;
            (void)thread_started_callback;
            (void)thread_terminated_callback;
        }

        void enqueue(task) override {}
        void enqueue(std::span<task>) override {}
        int max_concurrency_level() const noexcept override { return 1; }
        bool shutdown_requested() const override { return false; }
        void shutdown() override {}

        std::chrono::milliseconds max_worker_idle_time() const noexcept { return {}; }
    };
}  // namespace concurrencpp
