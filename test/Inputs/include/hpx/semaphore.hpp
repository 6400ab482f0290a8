// Mirrors hpx/semaphore.hpp (hpx::counting_semaphore, hpx::binary_semaphore, hpx::sliding_semaphore). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <hpx/config.hpp>

#include <cstddef>
#include <cstdint>

namespace hpx {

    template <std::ptrdiff_t LeastMaxValue = PTRDIFF_MAX>
    class counting_semaphore
    {
    public:
        explicit counting_semaphore(std::ptrdiff_t /*value*/) {}
        counting_semaphore(counting_semaphore const&) = delete;

        static constexpr std::ptrdiff_t max() noexcept
        {
            return LeastMaxValue;
        }

        void release(std::ptrdiff_t /*update*/ = 1) {}
        bool try_acquire() noexcept
        {
            return true;
        }
        /// Suspends the calling HPX thread until the count is positive.
        void acquire() {}
    };

    using binary_semaphore = counting_semaphore<1>;

    class sliding_semaphore
    {
    public:
        explicit sliding_semaphore(
            std::int64_t /*max_difference*/, std::int64_t /*lower_limit*/ = 0)
        {
        }

        void wait(std::int64_t /*upper_limit*/) {}
        bool try_wait(std::int64_t /*upper_limit*/ = 1)
        {
            return true;
        }
        void signal(std::int64_t /*lower_limit*/) {}
    };
}    // namespace hpx
