// Incomplete types where the checks look for futures, promises, locks and
// tasks: forward-declared classes, incomplete promise/awaiter types.
// RUN: %no_crash --expect=error %s -- %all_options -- -std=c++20 | FileCheck %s
// CHECK: === plugin
// CHECK: error:
// CHECK: === binary
#include <coroutine>
#include <future>
#include <mutex>

namespace mylib {
template <typename T> class Future;
class SpinLock;
class SpinLockGuard;
class Event;
template <typename T> class task_completion_source;
} // namespace mylib

struct Incomplete;

void uses(mylib::Future<int> &f, mylib::SpinLock &l, mylib::Event &e) {
  f.get();
  mylib::SpinLockGuard g(l);
  e.set();
}

mylib::Future<int> make();
mylib::task_completion_source<int> tcs;

struct task;
task coro_returning_incomplete() { co_return; }

struct awaiter_holder {
  Incomplete *p;
  void f() { auto x = *p; }
};

void promise_incomplete(std::promise<Incomplete> &p) { p.set_value({}); }
std::future<Incomplete> fut_incomplete();
void wait_incomplete() { fut_incomplete().get(); }
