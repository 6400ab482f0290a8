// Mirrors coro/semaphore.hpp (jbaldwin/libcoro coro::semaphore<max_value>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/sync_wait.hpp"
#include "coro/task.hpp"

#include <atomic>
#include <cstddef>
#include <string>

namespace coro
{
enum class semaphore_acquire_result
{
    /// The semaphore was acquired.
    acquired,
    /// The semaphore is shutting down, it has not been acquired.
    shutdown
};

template<std::ptrdiff_t max_value>
class semaphore
{
public:
    explicit semaphore(const std::ptrdiff_t starting_value) : m_counter(starting_value) {}

    ~semaphore() { coro::sync_wait(shutdown()); }

    semaphore(const semaphore&) = delete;
    semaphore(semaphore&&)      = delete;

    auto operator=(const semaphore&) noexcept -> semaphore& = delete;
    auto operator=(semaphore&&) noexcept -> semaphore&      = delete;

    [[nodiscard]] auto acquire() -> coro::task<semaphore_acquire_result> { co_return semaphore_acquire_result::acquired; }

    [[nodiscard]] auto release() -> coro::task<void> { co_return; }

    auto try_acquire() -> bool { return true; }

    [[nodiscard]] static constexpr auto max() noexcept -> std::ptrdiff_t { return max_value; }

    [[nodiscard]] auto value() const noexcept -> std::ptrdiff_t { return m_counter.load(std::memory_order::acquire); }

    [[nodiscard]] auto shutdown() noexcept -> coro::task<void> { co_return; }

    [[nodiscard]] auto is_shutdown() const -> bool { return false; }

private:
    std::atomic<std::ptrdiff_t> m_counter;
};

} // namespace coro
