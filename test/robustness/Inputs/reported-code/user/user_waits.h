// A project header: its findings are shown only when the header filter admits
// it (and the exclude filter does not).
#pragma once
#include <future>
#include "../task.h"

inline rc::task userHeaderCoroutine(std::future<int> F) {
  int V = F.get();
  (void)V;
  co_return;
}

// A stock clang-tidy finding next to the async one, for
// header-filter-parity.test (misc-definitions-in-headers).
int userwaitsDefinition = 0;
