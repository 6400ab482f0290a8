// Mirrors seastar/core/thread.hh (seastar::thread, seastar::async). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {

class thread_attributes {
public:
    size_t stack_size = 128 * 1024;
};

/// A stackful thread of execution inside the reactor; future::get() may
/// block (pause) only inside one of these.
class thread {
public:
    thread() = default;

    template <typename Func>
    thread(Func func) : thread(thread_attributes(), std::move(func)) {}

    template <typename Func>
    thread(thread_attributes, Func func) {
        (void)func;
    }

    thread(thread&& x) noexcept = default;
    thread& operator=(thread&& x) noexcept = default;
    ~thread() {}

    /// Waits for the thread to finish.
    future<> join() { return make_ready_future<>(); }

    static void yield() {}
    static bool should_yield() { return false; }
    static void maybe_yield() {}
    static bool running_in_thread() { return false; }
};

/// Runs `func` in a new seastar::thread; the returned future resolves with
/// its result.
template <typename Func, typename... Args>
inline futurize_t<std::invoke_result_t<Func, Args...>>
async(thread_attributes attr, Func&& func, Args&&... args) noexcept {
    (void)attr;
    return futurize_invoke(std::forward<Func>(func), std::forward<Args>(args)...);
}

template <typename Func, typename... Args>
inline futurize_t<std::invoke_result_t<Func, Args...>>
async(Func&& func, Args&&... args) noexcept {
    return async(thread_attributes{}, std::forward<Func>(func), std::forward<Args>(args)...);
}

} // namespace seastar
