// Boost.Thread (version 4: futures with .then()) and its future extensions.
// (Not the executors: Boost 1.74's future.hpp does not compile with them
// under clang, "no member named 'that'".)
#define BOOST_THREAD_VERSION 4
#define BOOST_THREAD_PROVIDES_FUTURE_CONTINUATION
#define BOOST_THREAD_PROVIDES_FUTURE_WHEN_ALL_WHEN_ANY
#include <boost/thread.hpp>
#include <boost/thread/future.hpp>

void sweep_boost() {
  boost::promise<int> p;
  boost::future<int> f = p.get_future();
  // Not x.get(): with async-await-foreign-task.FlagByValueParameters on, a
  // get() on the (ready) future a .then() continuation receives is reported
  // (reported to the check's owner as a false positive).
  auto g = f.then([](boost::future<int> x) { return x.is_ready() ? 1 : 0; });
  auto h = boost::async(boost::launch::async, [] { return 3; });
  auto all = boost::when_all(std::move(g), std::move(h));
  (void)all;
}
