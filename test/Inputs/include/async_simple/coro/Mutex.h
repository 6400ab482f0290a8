// Mirrors async_simple/coro/Mutex.h (async_simple::coro::Mutex: coLock, coScopedLock, unlock). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <async_simple/coro/Lazy.h>

namespace async_simple::coro {

class Mutex {
public:
  Mutex() noexcept {}
  bool tryLock() noexcept { return true; }
  Lazy<> coLock() noexcept { return {}; }
  void unlock() noexcept {}
};

} // namespace async_simple::coro
