// Standalone Asio (real headers): dispatch -> post.
// REQUIRES: asio
// RUN: %check_async_tidy %s async-inline-continuation %t -- -- %asio_flags

#include <asio.hpp>

void dispatchHandler(asio::io_context &Io) {
  asio::dispatch(Io, [] {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::dispatch' may run the continuation inline, inside this call or on the thread that completes the work, so one that blocks or takes a lock held there deadlocks; use 'asio::post', which schedules it [async-inline-continuation]
  // CHECK-FIXES: {{^}}  asio::post(Io, [] {});
}

void dispatchToStrand(asio::io_context &Io) {
  auto Strand = asio::make_strand(Io);
  ::asio::dispatch(Strand, [] {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::dispatch' may run the continuation inline
  // CHECK-FIXES: {{^}}  ::asio::post(Strand, [] {});
}

namespace net = asio;
void throughAlias(asio::io_context &Io) {
  net::dispatch(Io.get_executor(), [] {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::dispatch' may run the continuation inline
  // CHECK-FIXES: {{^}}  net::post(Io.get_executor(), [] {});
}

void throughUsing(asio::io_context &Io) {
  using asio::dispatch;
  dispatch(Io, [] {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::dispatch' may run the continuation inline
  // CHECK-FIXES: {{^}}  post(Io, [] {});
}

#define RUN_ON(Io, F) asio::dispatch(Io, F)
void throughMacro(asio::io_context &Io) {
  RUN_ON(Io, [] {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::dispatch' may run the continuation inline
  // CHECK-FIXES: {{^}}  RUN_ON(Io, [] {});
}

template <typename Executor> void inTemplate(Executor Ex) {
  asio::dispatch(Ex, [] {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::dispatch' may run the continuation inline
}
template void inTemplate(asio::io_context::executor_type);

//===--- Hard negatives ----------------------------------------------------===//

void postAndDefer(asio::io_context &Io) {
  asio::post(Io, [] {});
  asio::defer(Io, [] {});
  asio::post(Io.get_executor(), [] {});
}

// Never instantiated: no crash, nothing to report.
template <typename Executor> void neverInstantiated(Executor Ex) {
  asio::dispatch(Ex, [] {});
}
