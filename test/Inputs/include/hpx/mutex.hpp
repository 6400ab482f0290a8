// Mirrors hpx/mutex.hpp (hpx::mutex, hpx::timed_mutex; they suspend HPX threads). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <hpx/config.hpp>

namespace hpx {

    class mutex
    {
    public:
        mutex() = default;
        mutex(mutex const&) = delete;
        mutex& operator=(mutex const&) = delete;
        ~mutex() = default;

        void lock() {}
        bool try_lock()
        {
            return true;
        }
        void unlock() {}
    };

    class timed_mutex : public mutex
    {
    public:
        template <typename Duration>
        bool try_lock_for(Duration const&)
        {
            return true;
        }
    };
}    // namespace hpx
