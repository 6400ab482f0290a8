// Mirrors hpx/barrier.hpp (hpx::barrier<>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <hpx/config.hpp>

#include <cstddef>

namespace hpx {

    namespace detail {
        struct empty_oncompletion
        {
            void operator()() noexcept {}
        };
    }    // namespace detail

    template <typename OnCompletion = detail::empty_oncompletion>
    class barrier
    {
    public:
        using arrival_token = bool;

        explicit barrier(std::ptrdiff_t /*expected*/, OnCompletion = OnCompletion()) {}

        [[nodiscard]] arrival_token arrive(std::ptrdiff_t /*update*/ = 1)
        {
            return true;
        }
        void wait(arrival_token&&) const {}
        void arrive_and_wait() {}
        void arrive_and_drop() {}
    };
}    // namespace hpx
