// Mirrors unifex/async_mutex.hpp (includes the v1 mutex). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <unifex/v1/async_mutex.hpp>
