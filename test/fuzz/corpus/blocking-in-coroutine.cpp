fz::task<> run(std::future<int> f) {
  int v = f.get();
  co_await std::suspend_never{};
}
