// Quote refreshes over Asio.
#include <asio.hpp>
#include <chrono>
#include <cstdio>
#include <functional>
#include <future>
#include <memory>
#include <thread>

namespace shop {

using namespace std::chrono_literals;

// Hazard: a coroutine running on io must not run io re-entrantly: the
// nested run_one() executes other handlers inside this one, and the
// coroutine's own continuation can never be scheduled behind it.
asio::awaitable<void> refreshQuotes(asio::io_context &io) {
  asio::steady_timer timer(io, 100ms);
  timer.async_wait([](std::error_code) {});
  io.run_one();
  co_return;
}

// Correct: suspend until the timer fires.
asio::awaitable<void> refreshQuotesAsync() {
  asio::steady_timer timer(co_await asio::this_coro::executor, 100ms);
  co_await timer.async_wait(asio::use_awaitable);
}

// Hazard: dispatch() may run notify inline, right here, on the calling
// thread, if that thread is running io; post() never does.
void publishQuote(asio::io_context &io, std::function<void()> notify) {
  asio::dispatch(io, std::move(notify));
}

// Correct.
void publishQuoteAsync(asio::io_context &io, std::function<void()> notify) {
  asio::post(io, std::move(notify));
}

// A helper that waits for work it queued on io.
static int latestQuote(asio::io_context &io) {
  auto quote = std::make_shared<std::promise<int>>();
  std::future<int> result = quote->get_future();
  asio::post(io, [quote] { quote->set_value(42); });
  return result.get();
}

// Hazard, one call away: a handler running on io calls the helper, whose
// get() waits for a handler queued behind this one on the same io: the
// thread waits for itself. Reported at the call, with the helper's wait as a
// note.
void logLatestQuote(asio::io_context &io) {
  asio::post(io, [&io] {
    int quote = latestQuote(io);
    std::printf("quote %d\n", quote);
  });
}

// Correct: the same helper on a thread of its own, which may block.
void logLatestQuoteFromWorker(asio::io_context &io) {
  std::thread([&io] { std::printf("quote %d\n", latestQuote(io)); }).detach();
}

} // namespace shop
