// Mirrors hpx/config.hpp (HPX_HAVE_CXX20_COROUTINES only). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#if defined(__cpp_impl_coroutine) && __cpp_impl_coroutine >= 201902L && \
    !defined(HPX_HAVE_CXX20_COROUTINES)
#define HPX_HAVE_CXX20_COROUTINES
#endif
