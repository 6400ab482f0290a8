// Mirrors seastar/core/rwlock.hh (seastar::rwlock). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <seastar/core/future.hh>
#include <seastar/core/semaphore.hh>

namespace seastar {

template <typename Clock = std::chrono::steady_clock>
class basic_rwlock {
public:
    using holder = semaphore_units<semaphore_default_exception_factory, Clock>;

    future<> read_lock() { return make_ready_future<>(); }
    void read_unlock() {}
    future<> write_lock() { return make_ready_future<>(); }
    void write_unlock() {}
    bool try_read_lock() { return true; }
    bool try_write_lock() { return true; }
    future<holder> hold_read_lock() { return make_ready_future<holder>(); }
    future<holder> hold_write_lock() { return make_ready_future<holder>(); }
    bool locked() const { return false; }
};

using rwlock = basic_rwlock<>;

} // namespace seastar
