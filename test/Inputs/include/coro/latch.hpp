// Mirrors coro/latch.hpp (jbaldwin/libcoro coro::latch). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/concepts/executor.hpp"
#include "coro/event.hpp"

#include <atomic>
#include <cstdint>
#include <memory>

namespace coro
{
/// When the count reaches zero the waiters are resumed inline (count_down(n))
/// or on the given executor (count_down(executor, n)).
class latch
{
public:
    latch(std::int64_t count) noexcept : m_count(count), m_event(count <= 0) {}
    ~latch() = default;

    latch(const latch&)                    = delete;
    latch(latch&&)                         = delete;
    auto operator=(const latch&) -> latch& = delete;
    auto operator=(latch&&) -> latch&      = delete;

    auto is_ready() const noexcept -> bool { return m_event.is_set(); }

    auto remaining() const noexcept -> std::size_t { return m_count.load(std::memory_order::acquire); }

    auto count_down(std::int64_t n = 1) noexcept -> void
    {
        if (m_count.fetch_sub(n, std::memory_order::acq_rel) <= n)
        {
            m_event.set();
        }
    }

    template<concepts::executor executor_type>
    auto count_down(std::unique_ptr<executor_type>& executor, std::int64_t n = 1) noexcept -> void
    {
        if (m_count.fetch_sub(n, std::memory_order::acq_rel) <= n)
        {
            m_event.set(executor);
        }
    }

    auto operator co_await() const noexcept -> event::awaiter { return m_event.operator co_await(); }

private:
    std::atomic<std::int64_t> m_count;
    event                     m_event;
};

} // namespace coro
