// Mirrors unifex/sender_concepts.hpp (facebookexperimental/libunifex sender concept, unit, value types). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <concepts>
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace unifex {

struct unit {};

template <typename... Ts>
struct type_list {};

namespace _basic {
/// A sender produced by the algorithm whose CPO type is `Tag`; it completes
/// with `set_value(Values...)`, `set_error(std::exception_ptr)` or `set_done()`.
template <typename Tag, typename... Values>
struct sender {
  template <
      template <typename...> class Variant,
      template <typename...> class Tuple>
  using value_types = Variant<Tuple<Values...>>;

  template <template <typename...> class Variant>
  using error_types = Variant<std::exception_ptr>;

  static constexpr bool sends_done = true;

  using _values_t = type_list<Values...>;
};

template <typename Tag, typename List>
struct _from;
template <typename Tag, typename... Values>
struct _from<Tag, type_list<Values...>> {
  using type = sender<Tag, Values...>;
};
template <typename Tag, typename List>
using from_t = typename _from<Tag, List>::type;

template <typename List>
struct _single;
template <>
struct _single<type_list<>> {
  using type = void;
};
template <typename T>
struct _single<type_list<T>> {
  using type = T;
};
template <typename... Ts>
struct _single<type_list<Ts...>> {
  using type = std::tuple<Ts...>;
};
} // namespace _basic

template <typename Sender>
using sender_value_list_t = typename std::remove_cvref_t<Sender>::_values_t;

template <typename Sender>
concept sender = requires {
  typename std::remove_cvref_t<Sender>::_values_t;
};

template <typename T>
using non_void_t = std::conditional_t<std::is_void_v<T>, unit, T>;

/// The single value type a sender completes with (void -> unit).
template <typename Sender>
using sender_single_value_return_type_t =
    typename _basic::_single<sender_value_list_t<Sender>>::type;

template <typename Sender>
using sender_single_value_result_t =
    non_void_t<std::decay_t<sender_single_value_return_type_t<Sender>>>;

} // namespace unifex
