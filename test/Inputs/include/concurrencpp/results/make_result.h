// Mirrors concurrencpp/results/make_result.h (make_ready_result, make_exceptional_result). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>

#include "concurrencpp/results/result.h"

namespace concurrencpp {
    template<class type, class... argument_types>
    result<type> make_ready_result(argument_types&&...) {
        return result<type> {};
    }

    template<class type>
    result<type> make_exceptional_result(std::exception_ptr) {
        return result<type> {};
    }

    template<class type, class exception_type>
    result<type> make_exceptional_result(exception_type exception) {
        return make_exceptional_result<type>(std::make_exception_ptr(exception));
    }
}  // namespace concurrencpp
