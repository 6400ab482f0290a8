// Mirrors concurrencpp/executors/worker_thread_executor.h ("a single thread executor that maintains a single task queue"). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <functional>
#include <string_view>

#include "concurrencpp/executors/derivable_executor.h"

namespace concurrencpp {
    class worker_thread_executor final : public derivable_executor<worker_thread_executor> {
       public:
        worker_thread_executor(const std::function<void(std::string_view thread_name)>& = {},
                               const std::function<void(std::string_view thread_name)>& = {}) :
            derivable_executor<worker_thread_executor>("concurrencpp::worker_thread_executor") {}

        void enqueue(task) override {}
        void enqueue(std::span<task>) override {}
        int max_concurrency_level() const noexcept override { return 1; }
        bool shutdown_requested() const override { return false; }
        void shutdown() override {}
    };
}  // namespace concurrencpp
