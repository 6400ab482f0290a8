// Mirrors unifex/async_scope.hpp (includes the v1 scope; v2 in unifex/v2/async_scope.hpp). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <unifex/v1/async_scope.hpp>
