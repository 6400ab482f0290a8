// Mirrors concurrencpp/results/when_result.h (when_all / when_any with a mandatory resume executor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <cstddef>
#include <iterator>
#include <memory>
#include <tuple>
#include <type_traits>
#include <vector>

#include "concurrencpp/results/lazy_result.h"
#include "concurrencpp/results/result.h"

namespace concurrencpp {
    template<class sequence_type>
    struct when_any_result {
        std::size_t index;
        sequence_type results;

        when_any_result() noexcept : index(static_cast<size_t>(-1)) {}

        template<class... result_types>
        when_any_result(std::size_t index, std::tuple<result_types...>&& tuple) noexcept : index(index), results(std::move(tuple)) {}

        when_any_result(std::size_t index, sequence_type&& results) noexcept : index(index), results(std::move(results)) {}
    };

    template<class executor_type>
    lazy_result<std::tuple<>> when_all(std::shared_ptr<executor_type> /*resume_executor*/) { std::terminate(); }

    /// Resumes synchronously if everything is already ready, otherwise on `resume_executor`.
    template<class executor_type, class... result_types>
    lazy_result<std::tuple<typename std::decay<result_types>::type...>> when_all(std::shared_ptr<executor_type> /*resume_executor*/,
                                                                                 result_types&&... /*results*/) { std::terminate(); }

    template<class executor_type, class iterator_type>
    lazy_result<std::vector<typename std::iterator_traits<iterator_type>::value_type>>
    when_all(std::shared_ptr<executor_type> /*resume_executor*/, iterator_type /*begin*/, iterator_type /*end*/) { std::terminate(); }

    template<class executor_type, class... result_types>
    lazy_result<when_any_result<std::tuple<result_types...>>> when_any(std::shared_ptr<executor_type> /*resume_executor*/,
                                                                       result_types&&... /*results*/) { std::terminate(); }

    template<class executor_type, class iterator_type>
    lazy_result<when_any_result<std::vector<typename std::iterator_traits<iterator_type>::value_type>>>
    when_any(std::shared_ptr<executor_type> /*resume_executor*/, iterator_type /*begin*/, iterator_type /*end*/) { std::terminate(); }
}  // namespace concurrencpp
