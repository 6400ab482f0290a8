// Mirrors folly/coro/Baton.h (folly::coro::Baton). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES

#include <folly/Try.h>
#include <folly/coro/Coroutine.h>

namespace folly {
namespace coro {

/// A one-shot awaitable signal. post() resumes every waiting coroutine
/// inline, inside the call to post().
class Baton {
 public:
  class WaitOperation;

  explicit Baton(bool initiallySignalled = false) noexcept
      : signalled_(initiallySignalled) {}
  ~Baton() = default;
  Baton(const Baton&) = delete;
  Baton& operator=(const Baton&) = delete;

  bool ready() const noexcept { return signalled_; }

  [[nodiscard]] WaitOperation operator co_await() const noexcept;

  void post() noexcept {}

  void reset() noexcept {}

  class WaitOperation {
   public:
    explicit WaitOperation(const Baton& baton) noexcept : baton_(baton) {}
    bool await_ready() const noexcept { return baton_.ready(); }
    bool await_suspend(coroutine_handle<> awaitingCoroutine) noexcept {
      awaitingCoroutine_ = awaitingCoroutine;
      return true;
    }
    void await_resume() noexcept {}
    folly::Try<void> await_resume_try() noexcept { return {}; }

   protected:
    const Baton& baton_;
    coroutine_handle<> awaitingCoroutine_;
  };

 private:
  bool signalled_;
};

inline Baton::WaitOperation Baton::operator co_await() const noexcept {
  return Baton::WaitOperation{*this};
}

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
