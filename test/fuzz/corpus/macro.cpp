#define WAIT(x) (x).get()
#define AWAIT(x) co_await (x)
fz::task<> m(std::future<int> f) { WAIT(f); AWAIT(std::suspend_never{}); }
