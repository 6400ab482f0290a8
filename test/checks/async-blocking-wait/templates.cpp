// RUN: %check_async_tidy %s async-blocking-wait %t

// Templates and dependent types: one warning per source location however
// many instantiations; a template never instantiated neither crashes nor
// warns.

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

template <typename T> void use(T) {}

// Instantiated twice: one warning.
template <typename T> task dependentFuture(std::future<T> f) {
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get' inside coroutine 'dependentFuture' can starve the executor: once its threads all wait like this, none is left to run the work they wait for
  co_return;
}

// A non-dependent wait in a template: one warning too.
template <typename T> task nonDependent(std::future<int> f, T) {
  use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'std::future::get' inside coroutine 'nonDependent'
  co_return;
}

// A member of a class template; a generic coroutine lambda.
template <typename T> struct Service {
  task handle(std::shared_future<T> f) {
    use(f.get());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'std::shared_future::get' inside coroutine 'Service::handle'
    co_return;
  }
};

void instantiate() {
  dependentFuture(std::future<int>());
  dependentFuture(std::future<long>());
  nonDependent(std::future<int>(), 1);
  nonDependent(std::future<int>(), 'c');
  Service<int>().handle({});
  Service<double>().handle({});
  auto generic = [](auto f) -> task {
    use(f.get());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking wait 'std::future::get' inside coroutine lambda
    co_return;
  };
  generic(std::future<int>());
  generic(std::future<char>());
}

// Hard negatives.

// Never instantiated: the wait is on a dependent type, nothing to report.
template <typename F> task neverInstantiated(F f) {
  use(f.get());
  f.wait();
  co_return;
}

// Instantiated with a type whose get() does not block.
struct Box {
  int get() { return 1; }
  void wait() {}
};
template <typename F> task genericWait(F f) {
  use(f.get());
  f.wait();
  co_return;
}
void instantiateWithBox() { genericWait(Box()); }

// A dependent function template that is not a coroutine.
template <typename T> T syncGet(std::future<T> f) { return f.get(); }
int callSync() { return syncGet(std::future<int>()); }

// Proven ready in a template.
template <typename T> task readyInTemplate(std::future<T> f) {
  if (f.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
    co_return;
  use(f.get());
}
void instantiateReady() { readyInTemplate(std::future<int>()); }
