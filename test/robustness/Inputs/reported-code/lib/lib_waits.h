// A library header, included with -isystem: findings only with
// --system-headers. Its macro expands into the main file, which is reported.
#pragma once
#include <future>
#include "../task.h"

#define LIB_WAIT(F) (F).get()

inline rc::task libraryCoroutine(std::future<int> F) {
  int V = F.get();
  (void)V;
  co_return;
}

// A stock clang-tidy finding next to the async one, for
// header-filter-parity.test (misc-definitions-in-headers).
int libwaitsDefinition = 0;
