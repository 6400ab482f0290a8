// Mirrors folly/coro/Mutex.h (folly::coro::Mutex: co_lock, co_scoped_lock, try_lock, unlock). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <mutex>
#include <type_traits>

#include <folly/Executor.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/ViaIfAsync.h>

namespace folly {
namespace coro {

/// A FIFO coroutine mutex; the async alternative to blocking locks and to
/// hand-written `last = last.then(...)` chains.
class Mutex {
  class LockAwaiter {
   public:
    explicit LockAwaiter(Mutex& mutex) noexcept : mutex_(mutex) {}
    bool await_ready() noexcept { return mutex_.try_lock(); }
    bool await_suspend(coroutine_handle<>) noexcept { return true; }
    void await_resume() noexcept {}

   protected:
    Mutex& mutex_;
  };

  class ScopedLockAwaiter : public LockAwaiter {
   public:
    using LockAwaiter::LockAwaiter;
    [[nodiscard]] std::unique_lock<Mutex> await_resume() noexcept {
      return std::unique_lock<Mutex>{mutex_, std::adopt_lock};
    }
  };

  template <typename Awaiter>
  class LockOperation {
   public:
    explicit LockOperation(Mutex& mutex) noexcept : mutex_(mutex) {}
    Awaiter viaIfAsync(folly::Executor::KeepAlive<>) const noexcept {
      return Awaiter{mutex_};
    }

   private:
    Mutex& mutex_;
  };

 public:
  Mutex() noexcept = default;
  Mutex(const Mutex&) = delete;
  Mutex(Mutex&&) = delete;
  Mutex& operator=(const Mutex&) = delete;
  Mutex& operator=(Mutex&&) = delete;
  ~Mutex() = default;

  bool try_lock() noexcept { return false; }

  /// `auto lock = co_await mutex.co_scoped_lock();`
  [[nodiscard]] LockOperation<ScopedLockAwaiter> co_scoped_lock() noexcept {
    return LockOperation<ScopedLockAwaiter>{*this};
  }

  /// `co_await mutex.co_lock(); ... mutex.unlock();`
  [[nodiscard]] LockOperation<LockAwaiter> co_lock() noexcept {
    return LockOperation<LockAwaiter>{*this};
  }

  void unlock() noexcept {}

  // Not a std-compatible blocking lock(): needed only for std::unique_lock.
  void lock() noexcept {}

  using folly_coro_aware_mutex = std::true_type;
};

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
