// Mirrors unifex/v1/async_scope.hpp (unifex::async_scope = v1::_async_scope::async_scope). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <utility>

#include <unifex/inplace_stop_token.hpp>
#include <unifex/scheduler_concepts.hpp>
#include <unifex/sender_concepts.hpp>
#include <unifex/v2/async_scope.hpp>

namespace unifex {
inline namespace v1 {
namespace _async_scope {

template <typename Scope, typename List>
struct _future;
template <typename Scope, typename... Ts>
struct _future<Scope, type_list<Ts...>> {
  using type = unifex::v2::future<Scope, Ts...>;
};

struct _complete_tag {};
struct _cleanup_tag {};
struct _attach_tag {};

/// Join scope: spawn work, then `co_await scope.complete()` / `cleanup()`.
struct async_scope {
  async_scope() noexcept = default;
  async_scope(async_scope&&) = delete;
  ~async_scope() {}

  /// Connects and starts the given Sender, returning a future<>.
  template <typename Sender>
    requires sender<Sender>
  auto spawn(Sender&&) {
    return typename _future<async_scope, sender_value_list_t<Sender>>::type{};
  }

  template <typename Sender, typename Scheduler>
    requires scheduler<Scheduler>
  auto spawn_on(Scheduler&&, Sender&& s) {
    return spawn(static_cast<Sender&&>(s));
  }

  template <typename Scheduler, typename Fun>
    requires scheduler<Scheduler>
  auto spawn_call_on(Scheduler&&, Fun&&) {
    return typename _future<async_scope, type_list<>>::type{};
  }

  template <typename Sender>
  void detached_spawn(Sender&&) {}

  template <typename Sender, typename Scheduler>
    requires scheduler<Scheduler>
  void detached_spawn_on(Scheduler&&, Sender&&) {}

  template <typename Scheduler, typename Fun>
    requires scheduler<Scheduler>
  void detached_spawn_call_on(Scheduler&&, Fun&&) {}

  template <typename Sender>
    requires sender<Sender>
  auto attach(Sender&&) noexcept {
    return _basic::from_t<_attach_tag, sender_value_list_t<Sender>>{};
  }

  template <typename Scheduler, typename Sender>
    requires scheduler<Scheduler> && sender<Sender>
  auto attach_on(Scheduler&&, Sender&& s) noexcept {
    return attach(static_cast<Sender&&>(s));
  }

  template <typename Fun>
  auto attach_call(Fun&&) noexcept {
    return _basic::sender<_attach_tag>{};
  }

  template <typename Scheduler, typename Fun>
    requires scheduler<Scheduler>
  auto attach_call_on(Scheduler&&, Fun&&) noexcept {
    return _basic::sender<_attach_tag>{};
  }

  /// Completes when the last outstanding operation spawned within the scope completes.
  [[nodiscard]] auto complete() noexcept { return _basic::sender<_complete_tag>{}; }

  /// Requests stop, then completes like complete().
  [[nodiscard]] auto cleanup() noexcept { return _basic::sender<_cleanup_tag>{}; }

  inplace_stop_token get_stop_token() noexcept { return stopSource_.get_token(); }

  void request_stop() noexcept { stopSource_.request_stop(); }

 private:
  inplace_stop_source stopSource_;
};

} // namespace _async_scope

using v1::_async_scope::async_scope;

template <typename... Ts>
using future = unifex::v2::future<unifex::v1::async_scope, Ts...>;

} // namespace v1
} // namespace unifex
