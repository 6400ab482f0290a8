// RUN: %check_async_tidy %s async-inline-continuation %t -- -- -isystem %inputs

// folly's Promise::getFuture() is getSemiFuture().via(&InlineExecutor::
// instance()): continuations attached to it run inline on the thread that
// fulfils the promise. The fix-it renames it to getSemiFuture() where the
// result is used as a SemiFuture can be: converted at once to a SemiFuture
// (a parameter, a return value, a variable), or followed by a member call
// SemiFuture has with the same signature and result (`.via(executor)`).
// Elsewhere the warning stands alone.

#include <folly/executors/CPUThreadPoolExecutor.h>
#include <folly/futures/Future.h>
#include <folly/futures/Promise.h>
#include <folly/futures/SharedPromise.h>

void consume(folly::SemiFuture<int> F);
void consumeFuture(folly::Future<int> F);
template <typename F> void consumeAny(F Future) {}

folly::SemiFuture<int> returned(folly::Promise<int> &P) {
  return P.getFuture();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'folly::Promise::getFuture' gives continuations an inline executor
  // CHECK-FIXES: {{^}}  return P.getSemiFuture();
}

void passed(folly::Promise<int> &P) {
  consume(P.getFuture());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'folly::Promise::getFuture' gives continuations an inline executor
  // CHECK-FIXES: {{^}}  consume(P.getSemiFuture());
}

void variable(folly::Promise<int> &P) {
  folly::SemiFuture<int> S = P.getFuture();
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'folly::Promise::getFuture' gives continuations an inline executor
  // CHECK-FIXES: {{^}}  folly::SemiFuture<int> S = P.getSemiFuture();
}

void viaFollows(folly::Promise<int> &P, folly::CPUThreadPoolExecutor &Pool) {
  auto F = P.getFuture().via(&Pool);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'folly::Promise::getFuture' gives continuations an inline executor
  // CHECK-FIXES: {{^}}  auto F = P.getSemiFuture().via(&Pool);
  std::move(F).thenValue([](int) {});
}

void sharedPromise(const folly::SharedPromise<int> &P) {
  consume(P.getFuture());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'folly::SharedPromise::getFuture' gives continuations an inline executor
  // CHECK-FIXES: {{^}}  consume(P.getSemiFuture());
}

//===--- Used as a Future: the warning, no fix-it ---------------------------===//

void usedAsFuture(folly::Promise<int> &P) {
  folly::Future<int> F = P.getFuture();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'folly::Promise::getFuture' gives continuations an inline executor
  // CHECK-FIXES: {{^}}  folly::Future<int> F = P.getFuture();
}

void continuationAttached(folly::Promise<int> &P) {
  P.getFuture().thenValue([](int) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::Promise::getFuture' gives continuations an inline executor
  // CHECK-FIXES: {{^}}  P.getFuture().thenValue([](int) {});
}

void passedAsFuture(folly::Promise<int> &P) {
  consumeFuture(P.getFuture());
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'folly::Promise::getFuture' gives continuations an inline executor
  // CHECK-FIXES: {{^}}  consumeFuture(P.getFuture());
}

void deducedType(folly::Promise<int> &P) {
  consumeAny(P.getFuture());
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'folly::Promise::getFuture' gives continuations an inline executor
  // CHECK-FIXES: {{^}}  consumeAny(P.getFuture());
  auto F = P.getFuture();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'folly::Promise::getFuture' gives continuations an inline executor
  // CHECK-FIXES: {{^}}  auto F = P.getFuture();
}

#define FUTURE_OF(p) (p).getFuture()

void inMacro(folly::Promise<int> &P) {
  consume(FUTURE_OF(P));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'folly::Promise::getFuture' gives continuations an inline executor
  // CHECK-FIXES: {{^}}  consume(FUTURE_OF(P));
}

template <typename T> folly::SemiFuture<T> inTemplate(folly::Promise<T> &P) {
  return P.getFuture();
}
template folly::SemiFuture<int> inTemplate(folly::Promise<int> &);
// Seen in each instantiation, where a fix-it would be applied once per
// instantiation: the warning only.
// CHECK-MESSAGES: :[[@LINE-5]]:10: warning: 'folly::Promise::getFuture' gives continuations an inline executor
