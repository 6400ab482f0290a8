// Mirrors concurrencpp/results/promises.h (coroutine_traits specialisations making result<T>, lazy_result<T>, null_result coroutine return types). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <memory>
#include <utility>

#include "concurrencpp/coroutines/coroutine.h"
#include "concurrencpp/results/result_fwd_declarations.h"

namespace concurrencpp::details {
    template<class derived_type, class type>
    struct return_value_struct {
        template<class return_type>
        void return_value(return_type&&) {}
    };

    template<class derived_type>
    struct return_value_struct<derived_type, void> {
        void return_void() noexcept {}
    };

    struct initialy_resumed_promise {
        suspend_never initial_suspend() const noexcept { return {}; }
    };

    /// `result<T> f(executor_tag, std::shared_ptr<E> ex, ...)`: the coroutine
    /// starts on `ex`.
    template<class executor_type>
    class initialy_rescheduled_promise {
       public:
        template<class... argument_types>
        initialy_rescheduled_promise(executor_tag, executor_type*, argument_types&&...) {}

        template<class... argument_types>
        initialy_rescheduled_promise(executor_tag, std::shared_ptr<executor_type>, argument_types&&...) {}

        template<class... argument_types>
        initialy_rescheduled_promise(executor_tag, executor_type&, argument_types&&...) {}

        template<class class_type, class... argument_types>
        initialy_rescheduled_promise(class_type&&, executor_tag, std::shared_ptr<executor_type>, argument_types&&...) {}

        suspend_always initial_suspend() const noexcept { return {}; }
    };

    struct null_result_promise {
        null_result get_return_object() const noexcept { return {}; }
        suspend_never final_suspend() const noexcept { return {}; }
        void unhandled_exception() const noexcept {}
        void return_void() const noexcept {}
    };

    struct result_publisher : public suspend_always {
        template<class promise_type>
        void await_suspend(coroutine_handle<promise_type>) const noexcept {}
    };

    template<class type>
    struct result_coro_promise : public return_value_struct<result_coro_promise<type>, type> {
        result<type> get_return_object() noexcept { return result<type> {}; }
        void unhandled_exception() noexcept {}
        result_publisher final_suspend() const noexcept { return {}; }
    };

    template<class type>
    class lazy_result_state : public return_value_struct<lazy_result_state<type>, type> {
       public:
        lazy_result<type> get_return_object() noexcept {
            return lazy_result<type>(coroutine_handle<lazy_result_state<type>>::from_promise(*this));
        }
        suspend_always initial_suspend() const noexcept { return {}; }
        suspend_always final_suspend() const noexcept { return {}; }
        void unhandled_exception() noexcept {}
    };

    struct initialy_resumed_null_result_promise : public initialy_resumed_promise, public null_result_promise {};

    template<class return_type>
    struct initialy_resumed_result_promise : public initialy_resumed_promise, public result_coro_promise<return_type> {};

    template<class executor_type>
    struct initialy_rescheduled_null_result_promise : public initialy_rescheduled_promise<executor_type>, public null_result_promise {
        using initialy_rescheduled_promise<executor_type>::initialy_rescheduled_promise;
    };

    template<class return_type, class executor_type>
    struct initialy_rescheduled_result_promise :
        public initialy_rescheduled_promise<executor_type>,
        public result_coro_promise<return_type> {
        using initialy_rescheduled_promise<executor_type>::initialy_rescheduled_promise;
    };
}  // namespace concurrencpp::details

namespace CRCPP_COROUTINE_NAMESPACE {
    // No executor + No result
    template<class... arguments>
    struct coroutine_traits<::concurrencpp::null_result, arguments...> {
        using promise_type = concurrencpp::details::initialy_resumed_null_result_promise;
    };

    // No executor + result
    template<class type, class... arguments>
    struct coroutine_traits<::concurrencpp::result<type>, arguments...> {
        using promise_type = concurrencpp::details::initialy_resumed_result_promise<type>;
    };

    // Executor + no result
    template<class executor_type, class... arguments>
    struct coroutine_traits<concurrencpp::null_result, concurrencpp::executor_tag, std::shared_ptr<executor_type>, arguments...> {
        using promise_type = concurrencpp::details::initialy_rescheduled_null_result_promise<executor_type>;
    };

    template<class executor_type, class... arguments>
    struct coroutine_traits<concurrencpp::null_result, concurrencpp::executor_tag, executor_type*, arguments...> {
        using promise_type = concurrencpp::details::initialy_rescheduled_null_result_promise<executor_type>;
    };

    // Executor + result
    template<class type, class executor_type, class... arguments>
    struct coroutine_traits<::concurrencpp::result<type>, concurrencpp::executor_tag, std::shared_ptr<executor_type>, arguments...> {
        using promise_type = concurrencpp::details::initialy_rescheduled_result_promise<type, executor_type>;
    };

    template<class type, class executor_type, class... arguments>
    struct coroutine_traits<::concurrencpp::result<type>, concurrencpp::executor_tag, executor_type*, arguments...> {
        using promise_type = concurrencpp::details::initialy_rescheduled_result_promise<type, executor_type>;
    };

    template<class type, class executor_type, class... arguments>
    struct coroutine_traits<::concurrencpp::result<type>, concurrencpp::executor_tag, executor_type&, arguments...> {
        using promise_type = concurrencpp::details::initialy_rescheduled_result_promise<type, executor_type>;
    };

    // Lazy
    template<class type, class... arguments>
    struct coroutine_traits<::concurrencpp::lazy_result<type>, arguments...> {
        using promise_type = concurrencpp::details::lazy_result_state<type>;
    };
}  // namespace CRCPP_COROUTINE_NAMESPACE
