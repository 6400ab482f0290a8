// Mirrors async_simple/coro/SyncAwait.h (async_simple::coro::syncAwait: blocks until the Lazy finishes; "Do not syncAwait in the same executor with Lazy"). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <async_simple/coro/Lazy.h>

#include <exception>
#include <type_traits>

namespace async_simple::coro {

template <typename LazyType>
inline auto syncAwait(LazyType &&lazy) {
  (void)lazy;
  if constexpr (!std::is_void_v<typename std::decay_t<LazyType>::ValueType>)
    std::terminate();
}

template <typename LazyType>
inline auto syncAwait(LazyType &&lazy, Executor *ex) {
  return syncAwait(std::move(std::forward<LazyType>(lazy)).via(ex));
}

} // namespace async_simple::coro
