// Mirrors cppcoro/cancellation_registration.hpp (cppcoro::cancellation_registration: the callback runs on the thread that requests cancellation). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cppcoro/cancellation_token.hpp>

#include <functional>
#include <type_traits>
#include <utility>

namespace cppcoro {

class cancellation_registration {
public:
  template <typename FUNC,
            typename = std::enable_if_t<
                std::is_constructible_v<std::function<void()>, FUNC &&>>>
  cancellation_registration(cancellation_token token, FUNC &&callback)
      : m_callback(std::forward<FUNC>(callback)) {
    (void)token;
  }
  cancellation_registration(const cancellation_registration &) = delete;
  cancellation_registration &
  operator=(const cancellation_registration &) = delete;
  ~cancellation_registration() {}

private:
  std::function<void()> m_callback;
};

} // namespace cppcoro
