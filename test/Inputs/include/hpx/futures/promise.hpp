// Mirrors hpx/futures/promise.hpp (hpx::promise<R>: get_future, set_value, set_exception). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>

#include <hpx/futures/future.hpp>

namespace hpx {

    /// set_value()/set_exception() run on-completed callbacks (and resume
    /// awaiting coroutines) directly on the completing thread.
    template <typename R>
    class promise
    {
    public:
        promise() = default;
        promise(promise&& other) noexcept = default;
        promise(promise const& other) = delete;
        ~promise() = default;
        promise& operator=(promise&& other) noexcept = default;
        promise& operator=(promise const& other) = delete;

        void swap(promise&) noexcept {}

        bool valid() const noexcept
        {
            return true;
        }

        hpx::future<R> get_future(error_code& /*ec*/ = throws)
        {
            return {};
        }

        template <typename... Ts>
        void set_value(Ts&&...)
        {
        }

        void set_exception(std::exception_ptr const&) {}
    };

    template <>
    class promise<void>
    {
    public:
        promise() = default;
        promise(promise&& other) noexcept = default;
        promise(promise const& other) = delete;
        promise& operator=(promise&& other) noexcept = default;

        bool valid() const noexcept
        {
            return true;
        }

        hpx::future<void> get_future(error_code& /*ec*/ = throws)
        {
            return {};
        }

        void set_value() {}

        void set_exception(std::exception_ptr const&) {}
    };
}    // namespace hpx
