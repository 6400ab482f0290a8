// A header left out by the default header filter (found through -I): a
// default argument and a member's default initializer that wait. The root of
// each is a child of its parameter or member and of every call or
// constructor that uses it, in this file and in others.
#pragma once
#include <coroutine>
#include <future>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

std::future<int> &sharedFuture();
inline int withDefault(int V = sharedFuture().get()) { return V; }
struct Holder {
  int W = sharedFuture().get();
  Holder();
};
