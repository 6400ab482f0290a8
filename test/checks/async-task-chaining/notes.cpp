// The notes: where the tail is declared, and up to three places in the same
// class (or, for a global, the main file; for a local static, its function)
// that block on it.
// REQUIRES: boost
// RUN: %check_async_tidy %s async-task-chaining %t

#define BOOST_THREAD_VERSION 4
#include <boost/thread/future.hpp>
#include <utility>

using Future = boost::future<void>;

class Engine {
public:
  void reprice() {
    last_ = last_.then([](Future) {});
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with a 'boost::serial_executor' with 'then(executor, f)' instead [async-task-chaining]
    // CHECK-NOTES: :[[@LINE+20]]:10: note: 'last_' holds the tail of the chain
    // CHECK-NOTES: :[[@LINE+6]]:21: note: blocking on the tail of the chain here deadlocks if a link needs this thread
    // CHECK-NOTES: :[[@LINE+6]]:18: note: blocking on the tail of the chain here deadlocks if a link needs this thread
    // CHECK-NOTES: :[[@LINE+6]]:28: note: blocking on the tail of the chain here deadlocks if a link needs this thread
    // A fourth blocking place is not noted: three are enough to see the
    // pattern.
  }
  void waitIdle() { last_.wait(); }
  void drain() { std::move(this->last_).get(); }
  void waitTimed() { (void)last_.wait_for(boost::chrono::seconds(1)); }
  void waitAgain() { last_.wait(); }
  // Not blocking on the tail: other futures, other objects, a readiness
  // check.
  void other(Engine &e) {
    next_.wait();
    e.last_.wait();
    (void)last_.is_ready();
  }

private:
  Future last_;
  Future next_;
};

// No blocking place: only the declaration is noted.
struct Quiet {
  void push() { tail_ = tail_.then([](Future) {}); }
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: 'tail_' is re-chained onto itself
  // CHECK-NOTES: :[[@LINE+1]]:10: note: 'tail_' holds the tail of the chain
  Future tail_;
};

// Another object's member: the declaration only (blocking calls elsewhere
// are on other objects).
void pushOther(Quiet &q) {
  q.tail_ = std::move(q.tail_).then([](Future) {});
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'tail_' is re-chained onto itself
  // CHECK-NOTES: :[[@LINE-8]]:10: note: 'tail_' holds the tail of the chain
}

// A global: blocking places anywhere in the main file.
Future g_last;
void appendGlobal() {
  g_last = g_last.then([](Future) {});
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'g_last' is re-chained onto itself
  // CHECK-NOTES: :[[@LINE-4]]:8: note: 'g_last' holds the tail of the chain
  // CHECK-NOTES: :[[@LINE+3]]:22: note: blocking on the tail of the chain here deadlocks if a link needs this thread
  // CHECK-NOTES: :[[@LINE+3]]:24: note: blocking on the tail of the chain here deadlocks if a link needs this thread
}
void flushGlobal() { g_last.get(); }
void waitAllGlobal() { boost::wait_for_all(g_last); }

// A function-local static: blocking places in its function.
void appendStatic() {
  static Future s_tail;
  s_tail = s_tail.then([](Future) {});
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 's_tail' is re-chained onto itself
  // CHECK-NOTES: :[[@LINE-3]]:17: note: 's_tail' holds the tail of the chain
  // CHECK-NOTES: :[[@LINE+1]]:3: note: blocking on the tail of the chain here deadlocks if a link needs this thread
  s_tail.wait();
}
