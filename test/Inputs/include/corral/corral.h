// Mirrors corral/corral.h (umbrella header). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <corral/Event.h>
#include <corral/Nursery.h>
#include <corral/Task.h>
#include <corral/run.h>
