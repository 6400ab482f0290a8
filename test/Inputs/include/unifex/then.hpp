// Mirrors unifex/then.hpp (CPO object unifex::then of type _then::_cpo::_fn). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <type_traits>
#include <utility>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _then {
template <typename Func, typename List>
struct _result;
template <typename Func, typename... Values>
struct _result<Func, type_list<Values...>> {
  using R = std::invoke_result_t<Func, Values...>;
  using type =
      std::conditional_t<std::is_void_v<R>, type_list<>, type_list<std::decay_t<R>>>;
};

namespace _cpo {
/// `then(sndr, f)`: f runs inline on the context that completes `sndr`.
struct _fn {
  template <typename Sender, typename Func>
    requires sender<Sender>
  auto operator()(Sender&&, Func&&) const {
    return _basic::from_t<
        _fn,
        typename _result<Func, sender_value_list_t<Sender>>::type>{};
  }

  template <typename Func>
  struct _closure {
    Func func;
    template <typename Sender>
    friend auto operator|(Sender&& s, _closure c) {
      return _fn{}(static_cast<Sender&&>(s), std::move(c.func));
    }
  };

  template <typename Func>
  constexpr auto operator()(Func&& func) const {
    return _closure<std::decay_t<Func>>{static_cast<Func&&>(func)};
  }
};
} // namespace _cpo
} // namespace _then

inline constexpr _then::_cpo::_fn then{};
} // namespace unifex
