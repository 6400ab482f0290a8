// Mirrors seastar/core/coroutine.hh (coroutine_traits<seastar::future<T>, Args...>, operator co_await(future<T>&&)). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#if defined(__cpp_impl_coroutine)

#include <coroutine>
#include <exception>
#include <functional>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {

namespace internal {

template <typename T = void>
class coroutine_traits_base {
public:
    class promise_type final {
        seastar::promise<T> _promise;

    public:
        promise_type() = default;
        promise_type(promise_type&&) = delete;
        promise_type(const promise_type&) = delete;

        template <typename U>
        void return_value(U&& value) {
            _promise.set_value(std::forward<U>(value));
        }

        void unhandled_exception() noexcept { _promise.set_exception(std::current_exception()); }

        seastar::future<T> get_return_object() noexcept { return _promise.get_future(); }

        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_never final_suspend() noexcept { return {}; }
    };
};

template <>
class coroutine_traits_base<> {
public:
    class promise_type final {
        seastar::promise<> _promise;

    public:
        promise_type() = default;
        promise_type(promise_type&&) = delete;
        promise_type(const promise_type&) = delete;

        void return_void() noexcept { _promise.set_value(); }

        void unhandled_exception() noexcept { _promise.set_exception(std::current_exception()); }

        seastar::future<> get_return_object() noexcept { return _promise.get_future(); }

        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_never final_suspend() noexcept { return {}; }
    };
};

template <bool CheckPreempt, typename T>
struct awaiter {
    seastar::future<T> _future;

public:
    explicit awaiter(seastar::future<T>&& f) noexcept : _future(std::move(f)) {}

    awaiter(const awaiter&) = delete;
    awaiter(awaiter&&) = delete;

    bool await_ready() const noexcept { return _future.available(); }

    template <typename U>
    void await_suspend(std::coroutine_handle<U>) noexcept {}

    T await_resume() { return std::move(_future.get()); }
};

template <bool CheckPreempt>
struct awaiter<CheckPreempt, void> {
    seastar::future<> _future;

public:
    explicit awaiter(seastar::future<>&& f) noexcept : _future(std::move(f)) {}

    awaiter(const awaiter&) = delete;
    awaiter(awaiter&&) = delete;

    bool await_ready() const noexcept { return _future.available(); }

    template <typename U>
    void await_suspend(std::coroutine_handle<U>) noexcept {}

    void await_resume() { _future.get(); }
};

template <typename T>
struct [[nodiscard]] without_preemption_check : public seastar::future<T> {
    explicit without_preemption_check(seastar::future<T>&& f) noexcept : seastar::future<T>(std::move(f)) {}
};

} // namespace internal

/// `co_await fut` inside a coroutine returning seastar::future<...>.
template <typename T>
auto operator co_await(future<T>&& f) noexcept {
    return internal::awaiter<true, T>(std::move(f));
}

namespace coroutine {

template <typename T>
inline auto without_preemption_check(seastar::future<T>&& f) noexcept {
    return internal::without_preemption_check<T>(std::move(f));
}

/// Wraps a lambda coroutine passed to a continuation-taking function.
template <typename Func>
class lambda {
    Func* _func;

public:
    explicit lambda(Func&& func) : _func(&func) {}
    template <typename... Args>
    decltype(auto) operator()(Args&&... args) const {
        return std::invoke(*_func, std::forward<Args>(args)...);
    }
};

} // namespace coroutine

template <typename T>
auto operator co_await(internal::without_preemption_check<T> f) noexcept {
    return internal::awaiter<false, T>(std::move(f));
}

} // namespace seastar

namespace std {

template <typename T, typename... Args>
class coroutine_traits<seastar::future<T>, Args...> : public seastar::internal::coroutine_traits_base<T> {
};

} // namespace std

#endif // __cpp_impl_coroutine
