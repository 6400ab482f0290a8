// libcoro, folly, cppcoro, concurrencpp, Seastar, unifex, HPX and newer Asio
// APIs, declared inline (declaration shapes of the real headers) until the
// mock headers land.
// RUN: %check_async_tidy %s async-inline-continuation %t

#include <memory>
#include <mutex>

namespace coro {
enum class resume_order_policy { lifo, fifo };
class thread_pool {};
class event {
public:
  void set(resume_order_policy policy = resume_order_policy::lifo) noexcept;
  template <typename executor_type>
  void set(std::unique_ptr<executor_type> &e,
           resume_order_policy policy = resume_order_policy::lifo) noexcept;
};
class latch {
public:
  void count_down(long n = 1) noexcept;
  template <typename executor_type>
  void count_down(std::unique_ptr<executor_type> &executor, long n = 1) noexcept;
};
} // namespace coro

namespace folly {
class Executor {};
class InlineExecutor : public Executor {
public:
  static InlineExecutor &instance();
};
class CPUThreadPoolExecutor : public Executor {};
template <typename T> class Future {
public:
  template <typename F> Future<T> thenValue(F &&) { return *this; }
  template <typename F> Future<T> thenValueInline(F &&) { return *this; }
  template <typename F> Future<T> thenTryInline(F &&) { return *this; }
  template <typename F> Future<T> thenTry(F &&) { return *this; }
};
template <typename T> class SemiFuture {
public:
  Future<T> via(Executor *);
  Future<T> toUnsafeFuture() &&;
};
template <typename T> class Promise {
public:
  void setValue(T);
  SemiFuture<T> getSemiFuture();
  Future<T> getFuture();
};
namespace coro {
class Baton {
public:
  void post() noexcept;
};
} // namespace coro
} // namespace folly

namespace cppcoro {
class single_consumer_event {
public:
  void set() noexcept;
};
} // namespace cppcoro

namespace concurrencpp {
class executor {};
class inline_executor : public executor {};
class thread_pool_executor : public executor {};
template <typename T> class result {};
template <typename T> class result_promise {
public:
  void set_result(T);
};
template <typename T>
result<T> when_all(std::shared_ptr<executor> resume_executor, result<T> &&);
template <typename T>
result<T> when_all(std::shared_ptr<inline_executor> resume_executor,
                   result<T> &&);
template <typename T>
result<T> when_all(std::shared_ptr<thread_pool_executor> resume_executor,
                   result<T> &&);
} // namespace concurrencpp

namespace seastar {
template <typename T> class promise {
public:
  void set_value(T);
};
} // namespace seastar

namespace unifex {
class async_manual_reset_event {
public:
  void set() noexcept;
};
} // namespace unifex

namespace hpx {
struct launch {
  struct sync_policy {};
  struct async_policy {};
  static constexpr sync_policy sync{};
  static constexpr async_policy async{};
};
template <typename T> class future {
public:
  template <typename F> future<T> then(launch::sync_policy, F &&) { return *this; }
  template <typename F> future<T> then(launch::async_policy, F &&) { return *this; }
  template <typename F> future<T> then(F &&) { return *this; }
};
template <typename T> class promise {
public:
  void set_value(T);
};
} // namespace hpx

std::mutex Mutex;

//===--- libcoro -----------------------------------------------------------===//

void libcoroInline(coro::event &Event, coro::latch &Latch) {
  Event.set();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'coro::event::set' without an executor resumes waiting coroutines inline on this thread, inside this call, so one that blocks or waits for this thread deadlocks it; pass an executor: 'set(executor)' [async-inline-continuation]
  Event.set(coro::resume_order_policy::fifo);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'coro::event::set' without an executor
  Latch.count_down();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'coro::latch::count_down' without an executor {{.*}}; pass an executor: 'count_down(executor, n)'
}

void libcoroUnderLock(coro::event &Event) {
  std::lock_guard<std::mutex> Lock(Mutex);
  Event.set();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'coro::event::set' resumes waiting coroutines inline on this thread while 'Lock' is held, so one that takes the same lock or waits for this thread deadlocks; complete after releasing the lock or pass an executor: 'set(executor)' [async-inline-continuation]
}

void libcoroExecutorOverloads(coro::event &Event, coro::latch &Latch,
                              std::unique_ptr<coro::thread_pool> &Pool) {
  Event.set(Pool);
  Latch.count_down(Pool, 2);
  std::lock_guard<std::mutex> Lock(Mutex);
  Event.set(Pool, coro::resume_order_policy::fifo);
}

//===--- folly -------------------------------------------------------------===//

void follyInline(folly::Future<int> F, folly::Promise<int> &P,
                 folly::SemiFuture<int> S) {
  F.thenValueInline([](int) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::Future::thenValueInline' may run the continuation inline, inside this call or on the thread that completes the work, so one that blocks or takes a lock held there deadlocks; use 'thenValue', which schedules it [async-inline-continuation]
  // CHECK-FIXES: {{^}}  F.thenValue([](int) {});
  F.thenTryInline([](int) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::Future::thenTryInline' may run
  // CHECK-FIXES: {{^}}  F.thenTry([](int) {});
  P.getFuture();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::Promise::getFuture' gives continuations an inline executor: they run on the thread that completes the future, so one that blocks or takes a lock held there deadlocks; use 'getSemiFuture().via(executor)' [async-inline-continuation]
  std::move(S).toUnsafeFuture();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::SemiFuture::toUnsafeFuture' gives continuations an inline executor
  S.via(&folly::InlineExecutor::instance());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'folly::InlineExecutor::instance' gives continuations an inline executor{{.*}}; pass a real executor
}

void follyUnderLock(folly::Promise<int> &P) {
  Mutex.lock();
  P.setValue(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::Promise::setValue' may run continuations inline on this thread while 'Mutex' is held
  Mutex.unlock();
}

void follyNegatives(folly::Future<int> F, folly::Promise<int> &P,
                    folly::SemiFuture<int> S, folly::CPUThreadPoolExecutor &Pool,
                    folly::coro::Baton &Baton) {
  F.thenValue([](int) {});
  S.via(&Pool);
  P.getSemiFuture();
  P.setValue(1);
  folly::InlineExecutor &Inline = folly::InlineExecutor::instance();
  (void)Inline;
  std::lock_guard<std::mutex> Lock(Mutex);
  Baton.post();
}

//===--- cppcoro, concurrencpp, Seastar, unifex, HPX -----------------------===//

void cppcoroUnderLock(cppcoro::single_consumer_event &Event) {
  std::unique_lock<std::mutex> Lock(Mutex);
  Event.set();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'cppcoro::single_consumer_event::set' resumes waiting coroutines inline on this thread while 'Lock' is held, {{.*}}; complete after releasing the lock or await it through 'cppcoro::resume_on(scheduler, event)'
}

void cppcoroWithoutLockNotStrict(cppcoro::single_consumer_event &Event) {
  Event.set();
}

void concurrencppWhenAll(std::shared_ptr<concurrencpp::inline_executor> Inline,
                         std::shared_ptr<concurrencpp::thread_pool_executor> Pool,
                         concurrencpp::result<int> R1,
                         concurrencpp::result<int> R2) {
  concurrencpp::when_all(Inline, std::move(R1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'concurrencpp::when_all' with an inline executor runs the continuation inline on the thread that completes the work, so one that blocks or takes a lock held there deadlocks; pass a real executor (a thread pool or worker thread) as the resume executor [async-inline-continuation]
  concurrencpp::when_all(Pool, std::move(R2));
}

void concurrencppUnderLock(concurrencpp::result_promise<int> &P) {
  std::lock_guard<std::mutex> Lock(Mutex);
  P.set_result(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'concurrencpp::result_promise::set_result' resumes waiting coroutines inline on this thread while 'Lock' is held
}

void rescheduledSources(seastar::promise<int> &SP,
                        unifex::async_manual_reset_event &UE) {
  std::lock_guard<std::mutex> Lock(Mutex);
  SP.set_value(1);
  UE.set();
}

void hpxSync(hpx::future<int> F, hpx::promise<int> &P) {
  F.then(hpx::launch::sync, [](hpx::future<int>) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'hpx::launch::sync' makes 'hpx::future::then' run the continuation inline{{.*}}; use 'hpx::launch::async'
  // CHECK-FIXES: {{^}}  F.then(hpx::launch::async, [](hpx::future<int>) {});
  F.then(hpx::launch::async, [](hpx::future<int>) {});
  F.then([](hpx::future<int>) {});
  P.set_value(1);
}

void promiseUnderLockNotByDefault() {
  // std::promise: see options.cpp.
}
