// Mirrors unifex/async_manual_reset_event.hpp (includes the v1 event). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <unifex/v1/async_manual_reset_event.hpp>
