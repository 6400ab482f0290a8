// Mirrors seastar/core/gate.hh (seastar::gate, with_gate, try_with_gate). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <cstddef>
#include <exception>
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {

class gate_closed_exception : public std::exception {
public:
    const char* what() const noexcept override { return "gate closed"; }
};

/// Join scope: enter()/leave() (or hold()) around work; `co_await g.close()`
/// waits for all of it.
class gate {
public:
    gate() noexcept = default;
    gate(const gate&) = delete;
    gate(gate&&) noexcept = default;
    gate& operator=(gate&&) noexcept = default;
    ~gate() {}

    bool try_enter() noexcept { return true; }
    void enter() {}
    void leave() noexcept {}
    void check() const {}

    /// Closes the gate; the future resolves when every request has left.
    future<> close() noexcept { return make_ready_future<>(); }

    size_t get_count() const noexcept { return 0; }
    bool is_closed() const noexcept { return false; }

    class holder {
        gate* _g = nullptr;

    public:
        holder() noexcept = default;
        explicit holder(gate& g) : _g(&g) {}
        holder(holder&& x) noexcept : _g(std::exchange(x._g, nullptr)) {}
        holder(const holder& x) : _g(x._g) {}
        ~holder() {}
        void release() noexcept { _g = nullptr; }
    };

    holder hold() { return holder(*this); }
};

template <typename Func>
inline auto with_gate(gate& g, Func&& func) {
    auto h = g.hold();
    (void)h;
    return futurize_invoke(std::forward<Func>(func));
}

template <typename Func>
inline auto try_with_gate(gate& g, Func&& func) noexcept {
    return with_gate(g, std::forward<Func>(func));
}

} // namespace seastar
