// Mirrors folly/coro/SharedMutex.h (SharedMutexFair, SharedMutex alias). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <mutex>
#include <type_traits>

#include <folly/Executor.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/SharedLock.h>
#include <folly/coro/ViaIfAsync.h>

namespace folly {
namespace coro {

/// Fair reader/writer coroutine mutex. unlock() resumes the next waiters,
/// which resume on the executor given through viaIfAsync (implicit in Task).
class SharedMutexFair {
  template <typename Result>
  class Awaiter {
   public:
    explicit Awaiter(SharedMutexFair& mutex) noexcept : mutex_(&mutex) {}
    bool await_ready() noexcept { return false; }
    bool await_suspend(coroutine_handle<>) noexcept { return true; }
    Result await_resume() noexcept {
      if constexpr (!std::is_void_v<Result>) {
        return Result{*mutex_, std::adopt_lock};
      }
    }

   private:
    SharedMutexFair* mutex_;
  };

  template <typename AwaiterT>
  class LockOperation {
   public:
    explicit LockOperation(SharedMutexFair& mutex) noexcept : mutex_(mutex) {}
    AwaiterT viaIfAsync(folly::Executor::KeepAlive<>) const noexcept {
      return AwaiterT{mutex_};
    }

   private:
    SharedMutexFair& mutex_;
  };

 public:
  using LockAwaiter = Awaiter<void>;
  using ScopedLockAwaiter = Awaiter<std::unique_lock<SharedMutexFair>>;
  using LockSharedAwaiter = Awaiter<void>;
  using ScopedLockSharedAwaiter = Awaiter<SharedLock<SharedMutexFair>>;
  using LockUpgradeAwaiter = Awaiter<void>;

  SharedMutexFair() noexcept = default;
  SharedMutexFair(const SharedMutexFair&) = delete;
  SharedMutexFair& operator=(const SharedMutexFair&) = delete;
  ~SharedMutexFair() = default;

  bool try_lock() noexcept { return false; }
  bool try_lock_shared() noexcept { return false; }
  bool try_lock_upgrade() noexcept { return false; }

  [[nodiscard]] LockOperation<LockAwaiter> co_lock() noexcept {
    return LockOperation<LockAwaiter>{*this};
  }
  [[nodiscard]] LockOperation<ScopedLockAwaiter> co_scoped_lock() noexcept {
    return LockOperation<ScopedLockAwaiter>{*this};
  }
  [[nodiscard]] LockOperation<LockSharedAwaiter> co_lock_shared() noexcept {
    return LockOperation<LockSharedAwaiter>{*this};
  }
  [[nodiscard]] LockOperation<ScopedLockSharedAwaiter>
  co_scoped_lock_shared() noexcept {
    return LockOperation<ScopedLockSharedAwaiter>{*this};
  }
  [[nodiscard]] LockOperation<LockUpgradeAwaiter> co_lock_upgrade() noexcept {
    return LockOperation<LockUpgradeAwaiter>{*this};
  }

  void unlock() noexcept {}
  void unlock_shared() noexcept {}
  void unlock_upgrade() noexcept {}

  // Needed only so std::unique_lock<SharedMutexFair> is usable.
  void lock() noexcept {}

  using folly_coro_aware_mutex = std::true_type;
};

using SharedMutex = SharedMutexFair;

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
