// RUN: %check_async_tidy %s async-await-foreign-task %t -- --quiet -- -isystem %inputs
//
// Join operations and lazy tasks across folly, cppcoro, libcoro and Seastar
// (the shared mock headers): awaiting a join is never foreign; awaiting a
// lazy task member starts it here.
#include <coro/task.hpp>
#include <coro/task_group.hpp>
#include <coro/thread_pool.hpp>
#include <cppcoro/async_scope.hpp>
#include <cppcoro/task.hpp>
#include <folly/coro/AsyncScope.h>
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/gate.hh>

class FollyService {
public:
  folly::coro::Task<int> run() {
    int A = co_await std::move(inflight_);
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: awaiting 'inflight_', a future started elsewhere (a data member), outside a join scope can deadlock if the work that completes it needs this thread [async-await-foreign-task]
    co_await scope_.joinAsync();
    int B = co_await std::move(lazy_);
    int C = co_await std::move(ready_);
    if (other_.isReady())
      A += co_await std::move(other_);
    co_return A + B + C;
  }
  void reset() { ready_ = folly::makeFuture(2); }

private:
  folly::SemiFuture<int> inflight_;
  folly::SemiFuture<int> other_;
  folly::coro::AsyncScope scope_;
  folly::coro::Task<int> lazy_;
  folly::Future<int> ready_ = folly::makeFuture(1);
};

class CppcoroService {
public:
  cppcoro::task<int> run() {
    co_await scope_.join();
    co_return co_await lazy_;
  }

private:
  cppcoro::async_scope scope_;
  cppcoro::task<int> lazy_;
};

class LibcoroService {
public:
  explicit LibcoroService(coro::thread_pool &Pool) : group_(&Pool) {}
  coro::task<void> run() {
    co_await group_;
    co_await lazy_;
  }

private:
  coro::task_group<coro::thread_pool> group_;
  coro::task<void> lazy_;
};

class SeastarService {
public:
  seastar::future<int> run() {
    int A = co_await std::move(pending_);
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: awaiting 'pending_', a future started elsewhere (a data member)
    co_await gate_.close();
    int B = co_await std::move(ready_);
    co_return A + B;
  }

private:
  seastar::future<int> pending_ = seastar::make_ready_future<int>(0).then(
      [](int V) { return V; });
  seastar::future<int> ready_ = seastar::make_ready_future<int>(1);
  seastar::gate gate_;
};
