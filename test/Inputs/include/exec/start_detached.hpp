// Mirrors exec/start_detached.hpp (NVIDIA/stdexec exec::start_detached CPO; defined with stdexec/execution.hpp in this mock). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <stdexec/execution.hpp>
