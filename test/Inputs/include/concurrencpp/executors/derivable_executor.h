// Mirrors concurrencpp/executors/derivable_executor.h (concurrencpp::derivable_executor<E>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <string_view>

#include "concurrencpp/executors/executor.h"

namespace concurrencpp {
    template<class concrete_executor_type>
    struct derivable_executor : public executor {
        derivable_executor(std::string_view name) : executor(name) {}
    };
}  // namespace concurrencpp
