// Mirrors hpx/latch.hpp (hpx::latch). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <hpx/config.hpp>

#include <cstddef>

namespace hpx {

    class latch
    {
    public:
        explicit latch(std::ptrdiff_t /*count*/) {}
        latch(latch const&) = delete;

        void count_down(std::ptrdiff_t /*update*/ = 1) {}
        bool try_wait() const noexcept
        {
            return false;
        }
        void wait() const {}
        void arrive_and_wait(std::ptrdiff_t /*update*/ = 1) {}
    };
}    // namespace hpx
