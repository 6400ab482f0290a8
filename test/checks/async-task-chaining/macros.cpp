// Re-chaining written through macros: diagnosed where the assignment's first
// token is spelled (the macro argument, or the expansion), with no fix-it
// (the check never offers one).
// REQUIRES: boost
// RUN: %check_async_tidy %s async-task-chaining %t

#define BOOST_THREAD_VERSION 4
#include <boost/thread/future.hpp>

using Future = boost::future<void>;

#define RECHAIN(Tail, Work) Tail = Tail.then(Work)
#define APPEND_LAST last_ = last_.then([](Future) {})
#define TAIL last_
#define FRESH(Tail) Tail = boost::make_ready_future()

class Engine {
public:
  void a() { RECHAIN(last_, [](Future) {}); }
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'last_' is re-chained onto itself
  void b() { APPEND_LAST; }
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'last_' is re-chained onto itself
  void c() { TAIL = TAIL.then([](Future) {}); }
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'last_' is re-chained onto itself
  // Near misses through macros.
  void d() { RECHAIN(last_, [](Future) {}); RECHAIN(next_, [](Future) {}); }
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'last_' is re-chained onto itself
  // CHECK-MESSAGES: :[[@LINE-2]]:53: warning: 'next_' is re-chained onto itself
  void e() { FRESH(last_); TAIL = next_.then([](Future) {}); }

private:
  Future last_;
  Future next_;
};
