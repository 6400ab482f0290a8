// Mirrors folly/CancellationToken.h (folly::CancellationToken, folly::CancellationSource). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

namespace folly {

class CancellationToken {
 public:
  CancellationToken() noexcept = default;
  bool isCancellationRequested() const noexcept { return false; }
  bool canBeCancelled() const noexcept { return false; }
};

class CancellationSource {
 public:
  CancellationSource() = default;
  CancellationToken getToken() const noexcept { return {}; }
  bool requestCancellation() const noexcept { return false; }
  bool isCancellationRequested() const noexcept { return false; }
};

} // namespace folly
