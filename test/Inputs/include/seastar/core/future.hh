// Mirrors seastar/core/future.hh (seastar::future<T>, seastar::promise<T>, make_ready_future, make_exception_future). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>

namespace seastar {

template <class T = void>
class promise;

template <class T = void>
class future;

template <typename... T>
class shared_future;

template <typename T = void, typename... A>
future<T> make_ready_future(A&&... value) noexcept;

template <typename T = void>
future<T> make_exception_future(std::exception_ptr&& value) noexcept;

template <typename T = void>
future<T> make_exception_future(const std::exception_ptr& ex) noexcept;

template <typename T = void, typename Exception>
future<T> make_exception_future(Exception&& ex) noexcept;

namespace internal {

struct monostate {};

template <typename T>
struct future_stored_type {
    using type = T;
};
template <>
struct future_stored_type<void> {
    using type = internal::monostate;
};
template <typename T>
using future_stored_type_t = typename future_stored_type<T>::type;

class future_base {
protected:
    future_base() noexcept = default;
};

class promise_base {
protected:
    promise_base() noexcept = default;
};

template <typename T>
class promise_base_with_type : protected internal::promise_base {
protected:
    promise_base_with_type() noexcept = default;
};

} // namespace internal

/// Converts a value type to the future type returned by continuations:
/// void -> future<>, X -> future<X>, future<X> -> future<X>.
template <typename T>
struct futurize {
    using type = future<T>;
    using value_type = T;
};
template <typename T>
struct futurize<future<T>> {
    using type = future<T>;
    using value_type = T;
};
template <typename T>
using futurize_t = typename futurize<T>::type;

namespace internal {
template <typename Func, typename T, typename = void>
struct future_result {
    using type = std::invoke_result_t<Func>;
    using future_type = futurize_t<type>;
};
template <typename Func, typename T>
struct future_result<Func, T, std::enable_if_t<!std::is_void_v<T> && std::is_invocable_v<Func, T>>> {
    using type = std::invoke_result_t<Func, T>;
    using future_type = futurize_t<type>;
};
} // namespace internal

/// A seastar future. get()/wait() are valid only inside a seastar::thread
/// (elsewhere they abort unless the future is available). then() on an
/// available future runs the continuation immediately, in the caller.
template <typename T>
class [[nodiscard]] future : private internal::future_base {
public:
    using value_type = internal::future_stored_type_t<T>;
    using tuple_type = std::conditional_t<std::is_void_v<T>, std::tuple<>, std::tuple<value_type>>;
    /// \brief The data type carried by the future.
    using promise_type = promise<T>;

    future(future&& x) noexcept = default;
    future(const future&) = delete;
    future& operator=(future&& x) noexcept = default;
    void operator=(const future&) = delete;

    /// Gets the value; pauses the seastar::thread if the value isn't ready.
    value_type&& get() { std::terminate(); }

    std::exception_ptr get_exception() noexcept { return {}; }

    /// Wait for the future to be available (in a seastar::thread).
    void wait() noexcept {}

    bool available() const noexcept { return false; }

    bool failed() const noexcept { return false; }

    template <typename Func, typename Result = typename internal::future_result<Func, T>::future_type>
    Result then(Func&&) noexcept {
        return Result(internal::monostate{});
    }

    /// Schedules `func` to run with this future (available) as its argument.
    template <typename Func, typename FuncResult = std::invoke_result_t<Func, future>>
    futurize_t<FuncResult> then_wrapped(Func&&) noexcept {
        return futurize_t<FuncResult>(internal::monostate{});
    }

    void forward_to(promise<T>&&) noexcept {}

    template <typename Func>
    future<T> finally(Func&&) noexcept {
        return future<T>(internal::monostate{});
    }

    future<> or_terminate() noexcept { return future<>(internal::monostate{}); }

    future<> discard_result() noexcept { return future<>(internal::monostate{}); }

    template <typename Func>
    future<T> handle_exception(Func&&) noexcept {
        return future<T>(internal::monostate{});
    }

    template <typename Func>
    future<T> handle_exception_type(Func&&) noexcept {
        return future<T>(internal::monostate{});
    }

    void ignore_ready_future() noexcept {}

private:
    template <typename U>
    friend class future;
    template <typename U>
    friend class promise;
    template <typename U, typename... A>
    friend future<U> make_ready_future(A&&... value) noexcept;
    template <typename U>
    friend future<U> make_exception_future(std::exception_ptr&& value) noexcept;

    explicit future(internal::monostate) noexcept {}
};

/// Producer side. set_value()/set_exception() never run the continuation
/// inline: the continuation task is scheduled on the shard's reactor.
template <typename T>
class promise : private internal::promise_base_with_type<T> {
public:
    promise() noexcept = default;
    promise(promise&& x) noexcept = default;
    promise(const promise&) = delete;
    ~promise() noexcept {}
    promise& operator=(promise&& x) noexcept = default;
    void operator=(const promise&) = delete;

    /// Gets the promise's associated future (may be called only once).
    future<T> get_future() noexcept { return future<T>(internal::monostate{}); }

    template <typename... A>
    void set_value(A&&...) noexcept {}

    void set_exception(std::exception_ptr&&) noexcept {}
    void set_exception(const std::exception_ptr&) noexcept {}

    template <typename Exception,
              typename = std::enable_if_t<!std::is_same_v<std::remove_reference_t<Exception>, std::exception_ptr>>>
    void set_exception(Exception&&) noexcept {}

    void set_to_current_exception() noexcept {}
};

template <typename T, typename... A>
future<T> make_ready_future(A&&...) noexcept {
    return future<T>(internal::monostate{});
}

template <typename T>
future<T> make_exception_future(std::exception_ptr&&) noexcept {
    return future<T>(internal::monostate{});
}

template <typename T>
future<T> make_exception_future(const std::exception_ptr& ex) noexcept {
    return make_exception_future<T>(std::exception_ptr(ex));
}

template <typename T, typename Exception>
future<T> make_exception_future(Exception&& ex) noexcept {
    return make_exception_future<T>(std::make_exception_ptr(std::forward<Exception>(ex)));
}

template <typename T = void>
future<T> current_exception_as_future() noexcept {
    return make_exception_future<T>(std::current_exception());
}

/// Invokes `func` and returns its result as a future (futurize_invoke).
template <typename Func, typename... Args>
auto futurize_invoke(Func&& func, Args&&... args) noexcept {
    using R = futurize<std::invoke_result_t<Func, Args...>>;
    (void)func;
    ((void)args, ...);
    return make_ready_future<typename R::value_type>();
}

} // namespace seastar
