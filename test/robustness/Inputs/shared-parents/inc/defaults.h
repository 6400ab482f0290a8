// A header left out by the default header filter (found through -I): a
// default argument and a member's default initializer that wait. The root of
// each is a child of its parameter or member and of every call or
// constructor that uses it, in this file and in others.
#pragma once
#include <future>
#include "../../reported-code/task.h"

std::future<int> &sharedFuture();
inline int withDefault(int V = sharedFuture().get()) { return V; }
struct Holder {
  int W = sharedFuture().get();
  Holder();
};
