// Mirrors concurrencpp/coroutines/coroutine.h (concurrencpp::details::coroutine_handle, CRCPP_COROUTINE_NAMESPACE). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>

#define CRCPP_COROUTINE_NAMESPACE std

namespace concurrencpp::details {
    template<class promise_type>
    using coroutine_handle = std::coroutine_handle<promise_type>;
    using suspend_never = std::suspend_never;
    using suspend_always = std::suspend_always;
}  // namespace concurrencpp::details
