// Mirrors hpx/futures/future_fwd.hpp (+ hpx::error_code, hpx::throws, hpx::future_status, hpx::chrono durations). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>

namespace hpx {

    class error_code
    {
    public:
        error_code() noexcept = default;
        explicit operator bool() const noexcept
        {
            return false;
        }
    };

    /// Passed by default to every `error_code&` parameter: "throw on error".
    extern error_code throws;

    enum class future_status
    {
        ready,
        timeout,
        deferred,
        uninitialized
    };

    namespace chrono {
        class steady_time_point
        {
        public:
            template <typename Clock, typename Duration>
            steady_time_point(
                std::chrono::time_point<Clock, Duration> const&) noexcept
            {
            }
        };

        class steady_duration
        {
        public:
            template <typename Rep, typename Period>
            steady_duration(
                std::chrono::duration<Rep, Period> const&) noexcept
            {
            }
        };
    }    // namespace chrono

    template <typename R>
    class future;

    template <typename R>
    class shared_future;

    template <typename R>
    class promise;
}    // namespace hpx
