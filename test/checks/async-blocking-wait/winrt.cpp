// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -isystem %inputs

// C++/WinRT (mock headers in test/Inputs/include): IAsyncAction /
// IAsyncOperation get() and wait_for() (members of the consume_ CRTP bases)
// inside IAsync* and fire_and_forget coroutines, with the co_await fix-it;
// Completed handlers, whose sender parameter is the completed operation.

#include <winrt/Windows.Foundation.h>

#include <chrono>

using namespace std::chrono_literals;
using namespace winrt::Windows::Foundation;

IAsyncOperation<int> computeAsync();
IAsyncAction saveAsync();
int use(int);

//===--- Coroutines: warnings with a co_await fix-it ----------------------===//

IAsyncOperation<int> operationGet(IAsyncOperation<int> op) {
  co_return op.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking wait 'winrt::impl::consume_Windows_Foundation_IAsyncOperation::get' inside coroutine 'operationGet' can deadlock the event-loop thread that must complete it; 'co_await' the operation instead [async-blocking-wait]
  // CHECK-FIXES: {{^}}  co_return co_await op;
}

IAsyncAction actionGet() {
  IAsyncAction save = saveAsync();
  save.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking wait 'winrt::impl::consume_Windows_Foundation_IAsyncAction::get' inside coroutine 'actionGet'
  // CHECK-FIXES: {{^}}  co_await save;
  IAsyncOperation<int> op = computeAsync();
  use(op.get() + 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking wait 'winrt::impl::consume_Windows_Foundation_IAsyncOperation::get' inside coroutine 'actionGet'
  // CHECK-FIXES: {{^}}  use(co_await op + 1);
  co_return;
}

winrt::fire_and_forget fireAndForget(IAsyncOperation<int> op) {
  use(op.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking wait 'winrt::impl::consume_Windows_Foundation_IAsyncOperation::get' inside coroutine 'fireAndForget'
  // CHECK-FIXES: {{^}}  use(co_await op);
  co_return;
}

//===--- Coroutines: warnings without a fix-it ----------------------------===//

IAsyncAction timedWaits(IAsyncOperation<int> op, IAsyncAction const &byRef) {
  op.wait_for(5s);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking wait 'winrt::impl::consume_Windows_Foundation_IAsyncOperation::wait_for' inside coroutine 'timedWaits'
  byRef.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking wait 'winrt::impl::consume_Windows_Foundation_IAsyncAction::get' inside coroutine 'timedWaits'
  co_return;
}

//===--- Completed handlers -----------------------------------------------===//

void completedBlocks(IAsyncOperation<int> op, IAsyncOperation<int> other) {
  op.Completed([other](IAsyncOperation<int> const &sender, AsyncStatus) {
    use(sender.get() + other.get());
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: blocking wait 'winrt::impl::consume_Windows_Foundation_IAsyncOperation::get' inside continuation passed to 'winrt::impl::consume_Windows_Foundation_IAsyncOperation::Completed' can deadlock the event-loop thread that must complete it
  });
}

//===--- Hard negatives ---------------------------------------------------===//

// A console app's main may block.
int main() {
  saveAsync().get();
  return computeAsync().get();
}

// Awaited correctly.
IAsyncOperation<int> awaitsCorrectly(IAsyncOperation<int> op) {
  co_await saveAsync();
  int a = co_await op;
  co_return a + co_await computeAsync();
}

// The handler's sender is the completed operation.
void completedAntecedent(IAsyncOperation<int> op, IAsyncAction action) {
  op.Completed([](IAsyncOperation<int> const &sender, AsyncStatus) {
    use(sender.get());
  });
  action.Completed([](IAsyncAction const &sender, AsyncStatus) {
    sender.get();
  });
}

// Proven complete by Status() or a zero-timeout wait_for(); zero timeouts
// are polls.
IAsyncOperation<int> provenReady(IAsyncOperation<int> a,
                                 IAsyncOperation<int> b,
                                 IAsyncOperation<int> c) {
  int v = 0;
  if (a.Status() == AsyncStatus::Completed)
    v += a.get();
  if (b.wait_for(0s) == AsyncStatus::Completed)
    v += b.get();
  c.wait_for(TimeSpan::zero());
  if (c.Status() != AsyncStatus::Completed)
    co_return v;
  co_return v + c.get();
}

// A plain lambda inside a coroutine is not part of it.
IAsyncAction plainLambda(IAsyncOperation<int> op) {
  auto later = [op] { return op.get(); };
  (void)later;
  co_return;
}
