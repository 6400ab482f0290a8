// A header with an async-blocking-wait finding: a coroutine that blocks on
// a std::future.
#include <coroutine>
#include <future>

struct quote_task {
  struct promise_type {
    quote_task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

inline quote_task refreshQuote(std::future<int> Price) {
  (void)Price.get();
  co_return;
}

// Not a finding: a wait outside any async context (the header-filter hint
// counts findings, not the calls the checks match).
inline int readQuote(std::future<int> Price) { return Price.get(); }
