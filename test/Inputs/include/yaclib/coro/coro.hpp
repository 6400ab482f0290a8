// Mirrors yaclib/coro/coro.hpp (yaclib_std::coroutine_traits and friends). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <coroutine>

namespace yaclib_std {
using std::coroutine_handle;
using std::coroutine_traits;
using std::suspend_always;
using std::suspend_never;
} // namespace yaclib_std
