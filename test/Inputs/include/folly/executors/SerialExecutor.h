// Mirrors folly/executors/SerialExecutor.h (SerialExecutor = detail::SerialExecutorImpl<...>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <folly/executors/GlobalExecutor.h>
#include <folly/executors/SerializedExecutor.h>

namespace folly {
namespace detail {

/// Executes tasks one at a time on a parent executor ("similar to boost asio's
/// strand"). Does not order coro::Tasks across suspension points.
template <template <typename> typename Queue>
class SerialExecutorImpl : public SerializedExecutor {
 public:
  SerialExecutorImpl(SerialExecutorImpl const&) = delete;
  SerialExecutorImpl& operator=(SerialExecutorImpl const&) = delete;

  static KeepAlive<SerialExecutorImpl> create(
      KeepAlive<Executor> /*parent*/ = getGlobalCPUExecutor()) { std::terminate(); }

  const KeepAlive<Executor>& parent() const { return parent_; }

  void add(Func) override {}

 private:
  SerialExecutorImpl() = default;
  KeepAlive<Executor> parent_;
};

class NoopMutex;
class DistributedMutex;

template <class Task, class Mutex = DistributedMutex>
class SerialExecutorMPSCQueue;

template <typename Task>
using SerialExecutorQueue = SerialExecutorMPSCQueue<Task>;

template <typename Task>
using SPSerialExecutorQueue = SerialExecutorMPSCQueue<Task, NoopMutex>;

} // namespace detail

using SerialExecutor = detail::SerialExecutorImpl<detail::SerialExecutorQueue>;
using SPSerialExecutor =
    detail::SerialExecutorImpl<detail::SPSerialExecutorQueue>;

} // namespace folly
