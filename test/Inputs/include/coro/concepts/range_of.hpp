// Mirrors coro/concepts/range_of.hpp (jbaldwin/libcoro). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <concepts>
#include <ranges>

namespace coro::concepts
{
template<typename T, typename V>
concept range_of = std::ranges::range<T> && std::is_same_v<V, std::ranges::range_value_t<T>>;

template<typename T, typename V>
concept sized_range_of = std::ranges::sized_range<T> && std::is_same_v<V, std::ranges::range_value_t<T>>;
} // namespace coro::concepts
