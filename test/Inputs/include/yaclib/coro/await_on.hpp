// Mirrors yaclib/coro/await_on.hpp (yaclib::AwaitOn(executor, futures...): resumes on the executor once all are Ready). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/async/future.hpp>
#include <yaclib/coro/await.hpp>

#include <iterator>

namespace yaclib {

template <typename... Waited>
auto AwaitOn(IExecutor &e, Waited &...waited) noexcept {
  (void)e;
  ((void)waited, ...);
  return detail::AwaitAwaiter{};
}

template <typename Iterator,
          typename = typename std::iterator_traits<Iterator>::value_type>
auto AwaitOn(IExecutor &e, Iterator begin, Iterator end) noexcept {
  (void)e;
  (void)begin;
  (void)end;
  return detail::AwaitAwaiter{};
}

} // namespace yaclib
