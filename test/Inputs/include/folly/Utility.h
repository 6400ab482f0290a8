// Mirrors folly/Utility.h (tag_t / tag). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

namespace folly {

template <typename... T>
struct tag_t {};

template <typename... T>
inline constexpr tag_t<T...> tag{};

} // namespace folly
