// Mirrors coro/queue.hpp (jbaldwin/libcoro coro::queue<T>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include "coro/expected.hpp"
#include "coro/task.hpp"

#include <cstddef>

namespace coro
{
enum class queue_produce_result
{
    produced,
    stopped
};

enum class queue_consume_result
{
    stopped
};

template<typename element_type>
class queue
{
public:
    queue()  = default;
    ~queue() = default;

    auto size() const -> std::size_t { return 0; }
    auto empty() const -> bool { return size() == 0; }

    auto push(const element_type& element) -> coro::task<queue_produce_result>
    {
        (void)element;
        co_return queue_produce_result::produced;
    }

    auto pop() -> coro::task<coro::expected<element_type, queue_consume_result>>
    {
        co_return coro::unexpected<queue_consume_result>(queue_consume_result::stopped);
    }

    auto shutdown_notify_waiters() -> coro::task<void> { co_return; }
};

} // namespace coro
