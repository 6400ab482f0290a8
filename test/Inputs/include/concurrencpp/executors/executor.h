// Mirrors concurrencpp/executors/executor.h (abstract concurrencpp::executor: enqueue, post, submit, shutdown). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "concurrencpp/results/result.h"
#include "concurrencpp/task.h"

namespace concurrencpp {
    class executor {
       public:
        executor(std::string_view name) : name(name) {}

        virtual ~executor() noexcept = default;

        const std::string name;

        virtual void enqueue(concurrencpp::task task) = 0;
        virtual void enqueue(std::span<concurrencpp::task> tasks) = 0;

        virtual int max_concurrency_level() const noexcept = 0;

        virtual bool shutdown_requested() const = 0;
        virtual void shutdown() = 0;

        template<class callable_type, class... argument_types>
        void post(callable_type&&, argument_types&&...) {}

        template<class callable_type, class... argument_types>
        auto submit(callable_type&&, argument_types&&...) {
            return result<std::invoke_result_t<callable_type, argument_types...>> {};
        }

        template<class callable_type>
        void bulk_post(std::span<callable_type>) {}

        template<class callable_type, class return_type = std::invoke_result_t<callable_type>>
        std::vector<concurrencpp::result<return_type>> bulk_submit(std::span<callable_type>) {
            return {};
        }
    };
}  // namespace concurrencpp
