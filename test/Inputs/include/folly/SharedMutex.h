// Mirrors folly/SharedMutex.h (folly::SharedMutex, a blocking reader/writer lock). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>

namespace folly {

template <bool ReaderPriority, typename Tag_ = void>
class SharedMutexImpl {
 public:
  constexpr SharedMutexImpl() noexcept = default;
  SharedMutexImpl(const SharedMutexImpl&) = delete;
  SharedMutexImpl& operator=(const SharedMutexImpl&) = delete;

  void lock() {}
  bool try_lock() { return true; }
  template <class Rep, class Period>
  bool try_lock_for(const std::chrono::duration<Rep, Period>&) {
    return true;
  }
  void unlock() {}
  void lock_shared() {}
  bool try_lock_shared() { return true; }
  template <class Rep, class Period>
  bool try_lock_shared_for(const std::chrono::duration<Rep, Period>&) {
    return true;
  }
  void unlock_shared() {}
  void lock_upgrade() {}
  void unlock_upgrade() {}
};

using SharedMutexReadPriority = SharedMutexImpl<true>;
using SharedMutexWritePriority = SharedMutexImpl<false>;
using SharedMutex = SharedMutexWritePriority;

} // namespace folly
