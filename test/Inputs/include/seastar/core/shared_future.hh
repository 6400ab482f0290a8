// Mirrors seastar/core/shared_future.hh (seastar::shared_future<T...>, seastar::shared_promise<T...>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {

namespace internal {
template <typename... T>
struct future_for {
    using type = future<>;
};
template <typename T>
struct future_for<T> {
    using type = future<T>;
};
template <typename... T>
struct value_for {
    using type = void;
};
template <typename T>
struct value_for<T> {
    using type = T;
};
} // namespace internal

/// A future that can be waited on by many consumers (get_future() each time).
template <typename... T>
class shared_future {
public:
    using future_type = typename internal::future_for<T...>::type;

    shared_future() = default;
    shared_future(const shared_future&) = default;
    shared_future(shared_future&&) noexcept = default;
    shared_future& operator=(const shared_future&) = default;
    shared_future& operator=(shared_future&&) noexcept = default;
    shared_future(future_type&&) noexcept {}

    future_type get_future() const noexcept {
        return make_ready_future<typename internal::value_for<T...>::type>();
    }

    bool available() const noexcept { return false; }
    bool failed() const noexcept { return false; }
    bool valid() const noexcept { return true; }

    operator future_type() const noexcept { return get_future(); }
};

/// Like promise<>, but hands out any number of futures; completions are
/// scheduled on the reactor (never inline).
template <typename... T>
class shared_promise {
public:
    using future_type = typename internal::future_for<T...>::type;

    shared_promise() = default;
    shared_promise(shared_promise&&) = default;
    shared_promise(const shared_promise&) = delete;
    shared_promise& operator=(shared_promise&&) = default;

    future_type get_shared_future() const noexcept {
        return make_ready_future<typename internal::value_for<T...>::type>();
    }

    template <typename... A>
    void set_value(A&&...) noexcept {}

    void set_exception(std::exception_ptr) noexcept {}

    template <typename Exception>
    void set_exception(Exception&&) noexcept {}

    bool available() const noexcept { return false; }
    bool failed() const noexcept { return false; }
};

} // namespace seastar
