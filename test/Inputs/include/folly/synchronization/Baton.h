// Mirrors folly/synchronization/Baton.h (folly::Baton<>: post/wait/try_wait_for). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <atomic>
#include <chrono>

namespace folly {

struct WaitOptions {};

/// A one-shot blocking signal: wait() blocks the calling thread until post().
template <bool MayBlock = true, template <typename> class Atom = std::atomic>
class Baton {
 public:
  static constexpr WaitOptions wait_options() { return {}; }

  constexpr Baton() noexcept = default;
  Baton(Baton const&) = delete;
  Baton& operator=(Baton const&) = delete;

  bool ready() const noexcept { return false; }
  void reset() noexcept {}
  void post() noexcept {}
  void wait(const WaitOptions& = wait_options()) noexcept {}
  bool try_wait() noexcept { return false; }
  template <typename Rep, typename Period>
  bool try_wait_for(const std::chrono::duration<Rep, Period>&,
                    const WaitOptions& = wait_options()) noexcept {
    return false;
  }
  template <typename Clock, typename Duration>
  bool try_wait_until(const std::chrono::time_point<Clock, Duration>&,
                      const WaitOptions& = wait_options()) noexcept {
    return false;
  }
};

} // namespace folly
