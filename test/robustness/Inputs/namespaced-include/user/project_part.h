// A project header, found through -I, that main.cpp includes inside the
// namespace libns_begin.h opens.
#pragma once

inline void namespacedHelper(std::future<int> &F) { F.wait(); }

inline rc::task namespacedCoroutine(std::future<int> F, std::future<int> G) {
  int V = F.get();
  namespacedHelper(G);
  (void)V;
  co_return;
}
