#include "defaults.h"
#include "other.h"
task mainCoroutine() { withDefault(); Holder H; co_return; }
