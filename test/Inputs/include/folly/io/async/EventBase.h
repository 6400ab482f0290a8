// Mirrors folly/io/async/EventBase.h (folly::EventBase: loop, loopForever, runInEventBaseThread(AndWait), isInEventBaseThread, checkIsInEventBaseThread). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/executors/DrivableExecutor.h>
#include <folly/executors/IOExecutor.h>
#include <folly/executors/ScheduledExecutor.h>
#include <folly/executors/SequencedExecutor.h>

namespace folly {

class TimeoutManager {
 public:
  virtual ~TimeoutManager() = default;
};

/// A single-threaded event loop; loop()/loopForever() block the calling thread.
class EventBase
    : public TimeoutManager,
      public DrivableExecutor,
      public IOExecutor,
      public SequencedExecutor,
      public ScheduledExecutor {
 public:
  EventBase() = default;
  ~EventBase() override = default;

  bool loop() { return true; }
  bool loopOnce(int /*flags*/ = 0) { return true; }
  bool loopIgnoreKeepAlive() { return true; }
  void loopForever() {}
  void terminateLoopSoon() {}

  void runInLoop(Func, bool /*thisIteration*/ = false) {}
  void runInEventBaseThread(Func) noexcept {}
  void runInEventBaseThreadAndWait(Func) noexcept {}
  void runImmediatelyOrRunInEventBaseThread(Func) noexcept {}
  void runImmediatelyOrRunInEventBaseThreadAndWait(Func) noexcept {}

  bool isInEventBaseThread() const { return true; }
  bool inRunningEventBaseThread() const { return true; }
  void checkIsInEventBaseThread() const {}
  void dcheckIsInEventBaseThread() const { checkIsInEventBaseThread(); }

  // Executor / DrivableExecutor / IOExecutor
  void add(Func fn) override { runInEventBaseThread(std::move(fn)); }
  void drive() override { loopOnce(); }
  EventBase* getEventBase() override { return this; }
};

} // namespace folly
