// Class templates, dependent code and instantiations (Boost.Thread, real
// headers).
// REQUIRES: boost
// RUN: %check_async_tidy %s async-task-chaining %t

#define BOOST_THREAD_VERSION 4
#include <boost/thread/future.hpp>
#include <utility>

// A member whose type depends on the template parameter, in a template that
// is instantiated twice: one warning for the one location.
template <class T> class Serializer {
public:
  void push() {
    last_ = last_.then([](boost::future<T>) { return T(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with a 'boost::serial_executor' with 'then(executor, f)' instead [async-task-chaining]
  }
  void pushMoved() {
    this->last_ = std::move(this->last_).then([](auto) { return T(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }
  // Near miss: another member.
  void other() { last_ = next_.then([](boost::future<T>) { return T(); }); }

private:
  boost::future<T> last_;
  boost::future<T> next_;
};

template class Serializer<int>;
template class Serializer<long>;

// Never instantiated: found in the template itself.
template <class T> class NeverUsed {
  void push() {
    last_ = std::move(last_).then([](auto f) { return f.get(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }
  // Near misses in dependent code.
  void other() { last_ = next_.then([](auto) { return T(); }); }
  void copy() { last_ = std::move(next_); }
  boost::future<T> last_;
  boost::future<T> next_;
};

// A member of a type that is a template parameter: known only in the
// instantiation.
template <class Future> struct Generic {
  void push() {
    tail_ = tail_.then([](Future) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'tail_' is re-chained onto itself
  }
  Future tail_;
};
template struct Generic<boost::future<void>>;

// Instantiated with a type whose 'then' returns another type: nothing.
struct NotAFuture {
  NotAFuture &operator=(int);
  int then(void (*)(NotAFuture));
};
template <class Future> struct GenericQuiet {
  void push() { tail_ = tail_.then([](Future) {}); }
  Future tail_;
};
template struct GenericQuiet<NotAFuture>;

// A non-dependent future member in a template, chained with a generic
// lambda.
template <class T> struct Mixed {
  void push(T value) {
    last_ = last_.then([value](auto) { (void)value; });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'last_' is re-chained onto itself
  }
  boost::future<void> last_;
};
template struct Mixed<int>;
template struct Mixed<char>;

// A function template with a static local.
template <class T> void appendStatic() {
  static boost::future<T> tail;
  tail = tail.then([](boost::future<T>) { return T(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'tail' is re-chained onto itself
}
template void appendStatic<int>();
template void appendStatic<double>();
