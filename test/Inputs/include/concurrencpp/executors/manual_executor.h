// Mirrors concurrencpp/executors/manual_executor.h (driven by blocking loop()/wait_for_task()). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>
#include <cstddef>

#include "concurrencpp/executors/derivable_executor.h"

namespace concurrencpp {
    class manual_executor final : public derivable_executor<manual_executor> {
       public:
        manual_executor() : derivable_executor<manual_executor>("concurrencpp::manual_executor") {}

        void enqueue(task) override {}
        void enqueue(std::span<task>) override {}
        int max_concurrency_level() const noexcept override { return 1; }
        void shutdown() override {}
        bool shutdown_requested() const override { return false; }

        size_t size() const { return 0; }
        bool empty() const { return true; }
        size_t clear() { return 0; }

        bool loop_once() { return false; }
        bool loop_once_for(std::chrono::milliseconds) { return false; }
        template<class clock_type, class duration_type>
        bool loop_once_until(std::chrono::time_point<clock_type, duration_type>) {
            return false;
        }

        size_t loop(size_t) { return 0; }
        size_t loop_for(size_t, std::chrono::milliseconds) { return 0; }
        template<class clock_type, class duration_type>
        size_t loop_until(size_t, std::chrono::time_point<clock_type, duration_type>) {
            return 0;
        }

        void wait_for_task() {}
        bool wait_for_task_for(std::chrono::milliseconds) { return false; }
        template<class clock_type, class duration_type>
        bool wait_for_task_until(std::chrono::time_point<clock_type, duration_type>) {
            return false;
        }

        void wait_for_tasks(size_t) {}
        size_t wait_for_tasks_for(size_t, std::chrono::milliseconds) { return 0; }
    };
}  // namespace concurrencpp
