// Mirrors seastar/core/shared_mutex.hh (seastar::shared_mutex, with_lock, with_shared). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {

/// Async reader/writer lock.
class shared_mutex {
public:
    shared_mutex() = default;
    shared_mutex(shared_mutex&&) = default;
    shared_mutex& operator=(shared_mutex&&) = default;

    future<> lock_shared() noexcept { return make_ready_future<>(); }
    bool try_lock_shared() noexcept { return true; }
    void unlock_shared() noexcept {}

    future<> lock() noexcept { return make_ready_future<>(); }
    bool try_lock() noexcept { return true; }
    void unlock() noexcept {}
};

template <typename Func>
inline futurize_t<std::invoke_result_t<Func>> with_shared(shared_mutex& /*sm*/, Func&& func) noexcept {
    return futurize_invoke(std::forward<Func>(func));
}

template <typename Func>
inline futurize_t<std::invoke_result_t<Func>> with_lock(shared_mutex& /*sm*/, Func&& func) noexcept {
    return futurize_invoke(std::forward<Func>(func));
}

} // namespace seastar
