// Mirrors folly/coro/SharedLock.h (folly::coro::SharedLock). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <mutex>

namespace folly {
namespace coro {

template <typename Mutex>
class SharedLock {
 public:
  SharedLock() noexcept = default;
  SharedLock(Mutex& mutex, std::adopt_lock_t) noexcept : mutex_(&mutex) {}
  SharedLock(SharedLock&& other) noexcept : mutex_(other.mutex_) {
    other.mutex_ = nullptr;
  }
  SharedLock(const SharedLock&) = delete;
  ~SharedLock() {}

  bool owns_lock() const noexcept { return mutex_ != nullptr; }
  explicit operator bool() const noexcept { return owns_lock(); }
  Mutex* mutex() const noexcept { return mutex_; }
  void unlock() noexcept { mutex_ = nullptr; }

 private:
  Mutex* mutex_ = nullptr;
};

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
