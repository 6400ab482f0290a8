// Seastar futures (mock headers). Seastar itself re-chains a member future in
// src/core/fstream.cc: `_dropped_reads = _dropped_reads.then(...)`.
// RUN: %check_async_tidy %s async-task-chaining %t -- -config="{}" -- -isystem %inputs

#include <seastar/core/future.hh>
#include <utility>

// The mock has no combinators; a declaration of the real signature's shape.
namespace seastar {
template <typename... FutOrFuncs>
future<> when_all_succeed(FutOrFuncs &&...futs) noexcept;
} // namespace seastar

class file_data_source_impl {
public:
  void issue_read_aheads() {
    _dropped_reads = _dropped_reads.then([] {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: '_dropped_reads' is re-chained onto itself, forming a private task queue that cannot be joined; serialize with a 'seastar::semaphore' with 'with_semaphore', or 'seastar::shared_mutex' instead [async-task-chaining]
  }
  void on_failure() {
    _dropped_reads = _dropped_reads.handle_exception([](std::exception_ptr) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: '_dropped_reads' is re-chained onto itself
    _dropped_reads = _dropped_reads.finally([] {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: '_dropped_reads' is re-chained onto itself
    _dropped_reads = std::move(_dropped_reads).then_wrapped([](seastar::future<>) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: '_dropped_reads' is re-chained onto itself
  }
  void join(seastar::future<> next) {
    _dropped_reads = seastar::when_all_succeed(std::move(_dropped_reads), std::move(next));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: '_dropped_reads' is re-chained onto itself
  }

  //===--- Near misses ----------------------------------------------------===//
  void restart() { _dropped_reads = seastar::make_ready_future<>(); }
  void adopt(seastar::future<> f) { _dropped_reads = f.then([] {}); }
  void fresh() { _dropped_reads = seastar::make_ready_future<>().then([] {}); }
  void discard() { _dropped_reads = _dropped_reads.discard_result(); }
  void joinOthers(seastar::future<> a, seastar::future<> b) {
    _dropped_reads = seastar::when_all_succeed(std::move(a), std::move(b));
  }

private:
  seastar::future<> _dropped_reads = seastar::make_ready_future<>();
};

// A local chain, awaited before the function returns.
seastar::future<> batch(int n) {
  seastar::future<> done = seastar::make_ready_future<>();
  for (int i = 0; i < n; ++i)
    done = done.then([] {});
  return done;
}
