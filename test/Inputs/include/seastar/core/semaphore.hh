// Mirrors seastar/core/semaphore.hh (basic_semaphore, semaphore, semaphore_units, get_units, with_semaphore). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <chrono>
#include <cstddef>
#include <exception>
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {

struct semaphore_default_exception_factory {};

template <typename ExceptionFactory, typename Clock = std::chrono::steady_clock>
class basic_semaphore;

/// RAII holder of semaphore units (returns them on destruction).
template <typename ExceptionFactory, typename Clock = std::chrono::steady_clock>
class semaphore_units {
    basic_semaphore<ExceptionFactory, Clock>* _sem = nullptr;
    size_t _n = 0;

public:
    semaphore_units() noexcept = default;
    semaphore_units(basic_semaphore<ExceptionFactory, Clock>& sem, size_t n) noexcept : _sem(&sem), _n(n) {}
    semaphore_units(semaphore_units&& o) noexcept : _sem(std::exchange(o._sem, nullptr)), _n(o._n) {}
    semaphore_units& operator=(semaphore_units&& o) noexcept {
        _sem = std::exchange(o._sem, nullptr);
        _n = o._n;
        return *this;
    }
    semaphore_units(const semaphore_units&) = delete;
    ~semaphore_units() noexcept {}

    size_t release() noexcept { return std::exchange(_n, 0); }
    size_t count() const noexcept { return _n; }
    explicit operator bool() const noexcept { return _n != 0; }
};

/// Counted async semaphore: the recommended alternative to a hand-made
/// "last = last.then(...)" queue.
template <typename ExceptionFactory, typename Clock>
class basic_semaphore {
public:
    using duration = typename Clock::duration;
    using clock = Clock;
    using time_point = typename Clock::time_point;

    static constexpr size_t max_counter() noexcept { return static_cast<size_t>(-1) >> 1; }

    explicit basic_semaphore(size_t count) noexcept : _count(count) {}
    basic_semaphore(const basic_semaphore&) = delete;

    bool try_wait(size_t nr = 1) noexcept { return nr <= _count; }

    /// Waits until `nr` units are available.
    future<> wait(size_t /*nr*/ = 1) noexcept { return make_ready_future<>(); }
    future<> wait(time_point /*timeout*/, size_t /*nr*/ = 1) noexcept { return make_ready_future<>(); }
    future<> wait(duration /*timeout*/, size_t /*nr*/ = 1) noexcept { return make_ready_future<>(); }

    void signal(size_t nr = 1) noexcept { _count += nr; }
    void consume(size_t nr = 1) noexcept { _count -= nr; }

    size_t current() const noexcept { return _count; }
    ptrdiff_t available_units() const noexcept { return static_cast<ptrdiff_t>(_count); }
    size_t waiters() const noexcept { return 0; }
    void broken() noexcept {}

private:
    size_t _count;
};

using semaphore = basic_semaphore<semaphore_default_exception_factory>;

template <typename ExceptionFactory, typename Clock = typename basic_semaphore<ExceptionFactory>::clock>
future<semaphore_units<ExceptionFactory, Clock>> get_units(basic_semaphore<ExceptionFactory, Clock>& /*sem*/, size_t /*units*/) noexcept {
    return make_ready_future<semaphore_units<ExceptionFactory, Clock>>();
}

template <typename ExceptionFactory, typename Clock = typename basic_semaphore<ExceptionFactory>::clock>
semaphore_units<ExceptionFactory, Clock> try_get_units(basic_semaphore<ExceptionFactory, Clock>& sem, size_t units) noexcept {
    return semaphore_units<ExceptionFactory, Clock>(sem, units);
}

template <typename ExceptionFactory, typename Clock = typename basic_semaphore<ExceptionFactory>::clock>
semaphore_units<ExceptionFactory, Clock> consume_units(basic_semaphore<ExceptionFactory, Clock>& sem, size_t units) noexcept {
    return semaphore_units<ExceptionFactory, Clock>(sem, units);
}

/// Runs `func` while holding `units` of `sem`.
template <typename ExceptionFactory, typename Func, typename Clock = typename basic_semaphore<ExceptionFactory>::clock>
inline futurize_t<std::invoke_result_t<Func>>
with_semaphore(basic_semaphore<ExceptionFactory, Clock>& /*sem*/, size_t /*units*/, Func&& func) noexcept {
    return futurize_invoke(std::forward<Func>(func));
}

} // namespace seastar
