// Mirrors folly/Portability.h (FOLLY_HAS_COROUTINES only). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#if defined(__cpp_impl_coroutine) && __cpp_impl_coroutine >= 201902L
#define FOLLY_HAS_COROUTINES 1
#else
#define FOLLY_HAS_COROUTINES 0
#endif

#define FOLLY_NOINLINE __attribute__((__noinline__))
#define FOLLY_EXPORT __attribute__((__visibility__("default")))
