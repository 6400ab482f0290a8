// Boost.Thread futures (real headers): the chaining and combinator forms on
// members, static members and globals, next to their near misses.
// REQUIRES: boost
// RUN: %check_async_tidy %s async-task-chaining %t

#define BOOST_THREAD_VERSION 4
#include <boost/thread/future.hpp>
#include <utility>

using Future = boost::future<void>;

class PricingEngine {
public:
  void reprice(int sku) {
    last_ = last_.then([sku](Future previous) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with a 'boost::serial_executor' with 'then(executor, f)' instead [async-task-chaining]
      previous.get();
      (void)sku;
    });
  }

  void moved() { last_ = std::move(last_).then([](Future) {}); }
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'last_' is re-chained onto itself

  void explicitThis() { this->last_ = (last_).then([](Future) {}); }
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'last_' is re-chained onto itself

  void starThis() { (*this).last_ = this->last_.then([](Future) {}); }
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'last_' is re-chained onto itself

  void staticCast() {
    last_ = static_cast<Future &&>(last_).then([](Future) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }

  // A chain of continuations on the tail is still one link of the queue.
  void twoLinks() {
    last_ = last_.then([](Future) {}).then([](Future) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }

  // The combinator form, continued so that the types match.
  void combined(Future next) {
    last_ = boost::when_all(std::move(last_), std::move(next))
                .then([](auto) {});
    // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: 'last_' is re-chained onto itself
  }

  // A shared future chained onto itself.
  void shared() { shared_ = shared_.then([](boost::shared_future<void>) {}); }
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'shared_' is re-chained onto itself

  // A constructor that starts the chain is the same idiom.
  PricingEngine() { last_ = last_.then([](Future) {}); }
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'last_' is re-chained onto itself

  // Static data members.
  static void staticMember() {
    s_last = s_last.then([](Future) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 's_last' is re-chained onto itself
    PricingEngine::s_last = std::move(PricingEngine::s_last).then([](Future) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 's_last' is re-chained onto itself
  }

  //===--- Near misses ----------------------------------------------------===//

  // Initialization with a fresh future.
  void reset() { last_ = boost::make_ready_future(); }
  // Plain copies and moves: no continuation is attached.
  void move() { last_ = std::move(next_); }
  void self() { last_ = std::move(last_); }
  // Another member's continuation.
  void other() { last_ = next_.then([](Future) {}); }
  void otherMoved() { last_ = std::move(next_).then([](Future) {}); }
  // Another object's member, on either side.
  void otherObject(PricingEngine &o) {
    o.last_ = last_.then([](Future) {});
    last_ = std::move(o.last_).then([](Future) {});
  }
  // A builder chain on a temporary.
  void fresh() {
    last_ = boost::make_ready_future().then([](Future) {});
    last_ = boost::async([] {}).then([](Future) {});
  }
  // A combinator over other futures.
  void combineOthers(Future a, Future b) {
    last_ = boost::when_all(std::move(a), std::move(b)).then([](auto) {});
  }
  // Blocking on the tail inside the chain's own continuation is another
  // check's business; reading the tail is not a re-chaining.
  bool ready() const { return last_.is_ready(); }
  void waitIdle() { last_.wait(); }

private:
  Future last_ = boost::make_ready_future();
  Future next_;
  boost::shared_future<void> shared_;
  static Future s_last;
};

Future PricingEngine::s_last;

// Globals and function-local statics outlive the call.
Future g_last;
namespace ns {
Future g_tail;
}

void appendGlobal() {
  g_last = g_last.then([](Future) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'g_last' is re-chained onto itself
  ns::g_tail = ns::g_tail.then([](Future) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'g_tail' is re-chained onto itself
  static Future s_tail;
  s_tail = std::move(s_tail).then([](Future) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 's_tail' is re-chained onto itself
}

// A member reached through a pointer outlives the call too.
struct Holder {
  Future tail;
};
void throughPointer(Holder *h) {
  h->tail = h->tail.then([](Future) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'tail' is re-chained onto itself
}
void throughReference(Holder &h) {
  h.tail = std::move(h.tail).then([](Future) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'tail' is re-chained onto itself
}

//===--- Near misses --------------------------------------------------------===//

// A local chain, joined before the function returns.
void writeBatch(int n) {
  Future done = boost::make_ready_future();
  for (int i = 0; i < n; ++i)
    done = done.then([](Future) {});
  done.wait();
}

// A local object's member and a by-value parameter end with the function.
void localObject(Holder byValue) {
  Holder local;
  for (int i = 0; i < 3; ++i)
    local.tail = local.tail.then([](Future) {});
  byValue.tail = byValue.tail.then([](Future) {});
  local.tail.wait();
}

// Different members of different objects.
void crossObjects(Holder *a, Holder *b) {
  a->tail = b->tail.then([](Future) {});
  g_last = ns::g_tail.then([](Future) {});
}
