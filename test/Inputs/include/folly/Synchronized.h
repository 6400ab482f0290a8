// Mirrors folly/Synchronized.h (folly::Synchronized<T>, LockedPtr<...>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>
#include <mutex>
#include <type_traits>
#include <utility>

#include <folly/SharedMutex.h>

namespace folly {
namespace detail {

enum class SynchronizedMutexLevel { Unique, Shared, Upgrade };
enum class SynchronizedMutexMethod { Lock, TryLock };

template <SynchronizedMutexLevel Level, SynchronizedMutexMethod Method>
struct SynchronizedLockPolicy {
  static constexpr SynchronizedMutexLevel level = Level;
  static constexpr SynchronizedMutexMethod method = Method;
};
using SynchronizedLockPolicyExclusive = SynchronizedLockPolicy<
    SynchronizedMutexLevel::Unique, SynchronizedMutexMethod::Lock>;
using SynchronizedLockPolicyTryExclusive = SynchronizedLockPolicy<
    SynchronizedMutexLevel::Unique, SynchronizedMutexMethod::TryLock>;
using SynchronizedLockPolicyShared = SynchronizedLockPolicy<
    SynchronizedMutexLevel::Shared, SynchronizedMutexMethod::Lock>;
using SynchronizedLockPolicyTryShared = SynchronizedLockPolicy<
    SynchronizedMutexLevel::Shared, SynchronizedMutexMethod::TryLock>;

template <typename Mutex, typename = void>
struct has_lock_shared : std::false_type {};
template <typename Mutex>
struct has_lock_shared<Mutex,
                       std::void_t<decltype(std::declval<Mutex&>().lock_shared())>>
    : std::true_type {};

} // namespace detail

/// A locked handle to the data of a Synchronized<T>; holds a blocking lock
/// until destroyed (or unlock()ed).
template <class SynchronizedType, class LockPolicy>
class LockedPtr {
  using DataType = std::conditional_t<
      std::is_const<SynchronizedType>::value,
      typename SynchronizedType::DataType const,
      typename SynchronizedType::DataType>;

 public:
  LockedPtr() = default;
  explicit LockedPtr(SynchronizedType* parent) : parent_(parent) {}
  LockedPtr(LockedPtr&& other) noexcept : parent_(other.parent_) {
    other.parent_ = nullptr;
  }
  LockedPtr& operator=(LockedPtr&& other) noexcept {
    parent_ = std::exchange(other.parent_, nullptr);
    return *this;
  }
  LockedPtr(const LockedPtr&) = delete;
  LockedPtr& operator=(const LockedPtr&) = delete;
  ~LockedPtr() {}

  bool isNull() const { return parent_ == nullptr; }
  explicit operator bool() const { return parent_ != nullptr; }
  DataType* operator->() const { return &parent_->datum_; }
  DataType& operator*() const { return parent_->datum_; }
  void unlock() { parent_ = nullptr; }

 private:
  SynchronizedType* parent_ = nullptr;
};

/// Data guarded by a (blocking) mutex: wlock()/rlock()/lock()/withWLock(...).
template <class T, class Mutex = SharedMutex>
class Synchronized {
 public:
  using DataType = T;
  using MutexType = Mutex;

  using WLockedPtr = LockedPtr<Synchronized, detail::SynchronizedLockPolicyExclusive>;
  using ConstWLockedPtr =
      LockedPtr<const Synchronized, detail::SynchronizedLockPolicyExclusive>;
  using RLockedPtr = LockedPtr<Synchronized, detail::SynchronizedLockPolicyShared>;
  using ConstRLockedPtr =
      LockedPtr<const Synchronized, detail::SynchronizedLockPolicyShared>;
  using TryWLockedPtr =
      LockedPtr<Synchronized, detail::SynchronizedLockPolicyTryExclusive>;
  using TryRLockedPtr =
      LockedPtr<Synchronized, detail::SynchronizedLockPolicyTryShared>;
  using LockedPtr = WLockedPtr;
  using ConstLockedPtr = ConstRLockedPtr;

  Synchronized() = default;
  explicit Synchronized(const T& rhs) : datum_(rhs) {}
  explicit Synchronized(T&& rhs) : datum_(std::move(rhs)) {}
  template <typename... Args>
  explicit Synchronized(std::in_place_t, Args&&... args)
      : datum_(static_cast<Args&&>(args)...) {}
  Synchronized(const Synchronized&) = delete;
  Synchronized& operator=(const Synchronized&) = delete;

  LockedPtr wlock() { return LockedPtr(this); }
  ConstWLockedPtr wlock() const { return ConstWLockedPtr(this); }
  template <class Rep, class Period>
  LockedPtr wlock(const std::chrono::duration<Rep, Period>&) {
    return LockedPtr(this);
  }
  TryWLockedPtr tryWLock() { return TryWLockedPtr(this); }

  RLockedPtr rlock() { return RLockedPtr(this); }
  ConstLockedPtr rlock() const { return ConstLockedPtr(this); }
  template <class Rep, class Period>
  RLockedPtr rlock(const std::chrono::duration<Rep, Period>&) {
    return RLockedPtr(this);
  }
  TryRLockedPtr tryRLock() { return TryRLockedPtr(this); }

  /// Exclusive lock (the only kind for non-shared mutexes).
  LockedPtr lock() { return LockedPtr(this); }
  ConstWLockedPtr lock() const { return ConstWLockedPtr(this); }

  template <class Function>
  auto withWLock(Function&& function) {
    return static_cast<Function&&>(function)(datum_);
  }
  template <class Function>
  auto withWLock(Function&& function) const {
    return static_cast<Function&&>(function)(datum_);
  }
  template <class Function>
  auto withWLockPtr(Function&& function) {
    return static_cast<Function&&>(function)(wlock());
  }
  template <class Function>
  auto withRLock(Function&& function) const {
    return static_cast<Function&&>(function)(datum_);
  }
  template <class Function>
  auto withRLockPtr(Function&& function) {
    return static_cast<Function&&>(function)(rlock());
  }
  template <class Function>
  auto withLock(Function&& function) {
    return static_cast<Function&&>(function)(datum_);
  }

  T copy() const { return datum_; }
  void swap(T& rhs) { std::swap(datum_, rhs); }

 private:
  template <class, class>
  friend class folly::LockedPtr;

  mutable Mutex mutex_;
  T datum_;
};

} // namespace folly
