// A project header the exclude filter leaves out.
#pragma once
#include <future>
#include "../task.h"

inline rc::task excludedHeaderCoroutine(std::future<int> F) {
  int V = F.get();
  (void)V;
  co_return;
}

// A stock clang-tidy finding next to the async one, for
// header-filter-parity.test (misc-definitions-in-headers).
int excludedwaitsDefinition = 0;
