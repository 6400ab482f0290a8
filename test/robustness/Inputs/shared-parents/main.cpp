#include "defaults.h"
#include "other.h"
rc::task mainCoroutine() { withDefault(); Holder H; co_return; }
