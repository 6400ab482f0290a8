// Mirrors concurrencpp/executors/inline_executor.h ("Enqueuing a task is equivalent to invoking it inline"). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "concurrencpp/executors/executor.h"

namespace concurrencpp {
    class inline_executor final : public executor {
       public:
        inline_executor() noexcept : executor("concurrencpp::inline_executor") {}

        void enqueue(concurrencpp::task task) override { task(); }
        void enqueue(std::span<concurrencpp::task>) override {}
        int max_concurrency_level() const noexcept override { return 0; }
        void shutdown() override {}
        bool shutdown_requested() const override { return false; }
    };
}  // namespace concurrencpp
