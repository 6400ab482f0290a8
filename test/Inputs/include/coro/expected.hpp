// Mirrors coro/expected.hpp (jbaldwin/libcoro; std::expected or tl::expected). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <utility>
#include <variant>

namespace coro
{
// libstdc++ 12 has no <expected>; a minimal stand-in with the same spelling.
template<typename E>
class unexpected
{
public:
    explicit unexpected(E e) : m_error(std::move(e)) {}
    const E& error() const& noexcept { return m_error; }

private:
    E m_error;
};

template<typename T, typename E>
class expected
{
public:
    expected(T value) : m_storage(std::in_place_index<0>, std::move(value)) {}
    expected(unexpected<E> error) : m_storage(std::in_place_index<1>, error.error()) {}

    bool has_value() const noexcept { return m_storage.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }
    T& value() & { return std::get<0>(m_storage); }
    T& operator*() & { return std::get<0>(m_storage); }
    const E& error() const& { return std::get<1>(m_storage); }

private:
    std::variant<T, E> m_storage;
};
} // namespace coro
