// Mirrors coro/ring_buffer.hpp (jbaldwin/libcoro coro::ring_buffer<T, N>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/expected.hpp"
#include "coro/task.hpp"

#include <cstddef>

namespace coro
{
namespace rb
{
enum class produce_result
{
    produced,
    stopped
};

enum class consume_result
{
    stopped
};
} // namespace rb

template<typename element, std::size_t num_elements>
class ring_buffer
{
public:
    ring_buffer() = default;
    ~ring_buffer() = default;

    [[nodiscard]] auto produce(element e) -> coro::task<rb::produce_result>
    {
        (void)e;
        co_return rb::produce_result::produced;
    }

    [[nodiscard]] auto consume() -> coro::task<coro::expected<element, rb::consume_result>>
    {
        co_return coro::unexpected<rb::consume_result>(rb::consume_result::stopped);
    }

    auto size() const -> std::size_t { return 0; }
    auto empty() const -> bool { return size() == 0; }

    auto shutdown() -> coro::task<void> { co_return; }
};

} // namespace coro
