// Mirrors hpx/shared_mutex.hpp (hpx::shared_mutex). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <hpx/config.hpp>

namespace hpx {

    class shared_mutex
    {
    public:
        shared_mutex() = default;
        shared_mutex(shared_mutex const&) = delete;
        shared_mutex& operator=(shared_mutex const&) = delete;

        void lock() {}
        bool try_lock()
        {
            return true;
        }
        void unlock() {}
        void lock_shared() {}
        bool try_lock_shared()
        {
            return true;
        }
        void unlock_shared() {}
    };
}    // namespace hpx
