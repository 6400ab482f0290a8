template <typename F> fz::task<> wait_all(F f, std::mutex &m) {
  std::unique_lock<std::mutex> l(m);
  f.get();
  co_await std::suspend_never{};
}
template fz::task<> wait_all(std::shared_future<int>, std::mutex &);
