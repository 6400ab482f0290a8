// Mirrors coro/when_all.hpp (jbaldwin/libcoro coro::when_all). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include "coro/concepts/awaitable.hpp"

#include <coroutine>
#include <ranges>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace coro
{
namespace detail
{
struct void_value
{
};

template<typename return_type>
class when_all_task
{
public:
    when_all_task() noexcept = default;
    when_all_task(when_all_task&&) noexcept = default;
    when_all_task(const when_all_task&) = delete;

    auto return_value() & -> std::remove_reference_t<return_type>& { std::terminate(); }
    auto return_value() const& -> const std::remove_reference_t<return_type>& { std::terminate(); }
    auto return_value() && -> std::remove_reference_t<return_type>&& { std::terminate(); }
};

template<>
class when_all_task<void>
{
public:
    when_all_task() noexcept = default;
    when_all_task(when_all_task&&) noexcept = default;
    when_all_task(const when_all_task&) = delete;

    auto return_value() -> void_value { return {}; }
};

/// Resumes the awaiting coroutine when all children have completed, on the
/// thread of the last child to complete.
template<typename task_container_type>
class when_all_ready_awaitable
{
public:
    explicit when_all_ready_awaitable(task_container_type&& tasks) noexcept : m_tasks(std::move(tasks)) {}
    when_all_ready_awaitable(when_all_ready_awaitable&&) noexcept = default;

    auto operator co_await() & noexcept
    {
        struct awaiter
        {
            task_container_type& m_tasks;
            auto await_ready() const noexcept -> bool { return false; }
            auto await_suspend(std::coroutine_handle<>) noexcept -> bool { return true; }
            auto await_resume() noexcept -> task_container_type& { return m_tasks; }
        };
        return awaiter{m_tasks};
    }

    auto operator co_await() && noexcept
    {
        struct awaiter
        {
            task_container_type& m_tasks;
            auto await_ready() const noexcept -> bool { return false; }
            auto await_suspend(std::coroutine_handle<>) noexcept -> bool { return true; }
            auto await_resume() noexcept -> task_container_type&& { return std::move(m_tasks); }
        };
        return awaiter{m_tasks};
    }

private:
    task_container_type m_tasks;
};

template<concepts::awaitable awaitable, typename return_type>
static auto make_when_all_task(awaitable a) -> when_all_task<return_type>
{
    (void)a;
    return {};
}

} // namespace detail

template<concepts::awaitable... awaitables_type>
[[nodiscard]] auto when_all(awaitables_type... awaitables)
{
    return detail::when_all_ready_awaitable<std::tuple<
        detail::when_all_task<typename concepts::awaitable_traits<awaitables_type>::awaiter_return_type>...>>(
        std::make_tuple(detail::make_when_all_task<
                        awaitables_type,
                        typename concepts::awaitable_traits<awaitables_type>::awaiter_return_type>(
            std::move(awaitables))...));
}

template<
    std::ranges::range  range_type,
    concepts::awaitable awaitable_type = std::ranges::range_value_t<range_type>,
    typename return_type               = typename concepts::awaitable_traits<awaitable_type>::awaiter_return_type>
[[nodiscard]] auto when_all(range_type awaitables)
    -> detail::when_all_ready_awaitable<std::vector<detail::when_all_task<return_type>>>
{
    std::vector<detail::when_all_task<return_type>> output_tasks;
    for (auto&& a : awaitables)
    {
        output_tasks.emplace_back(detail::make_when_all_task<awaitable_type, return_type>(std::move(a)));
    }
    return detail::when_all_ready_awaitable<std::vector<detail::when_all_task<return_type>>>(std::move(output_tasks));
}

} // namespace coro
