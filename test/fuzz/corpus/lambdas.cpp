fz::task<> l(fz::executor &ex, std::shared_future<int> f) {
  auto g = [&] { ex.post([&] { [&] { f.get(); }(); }); };
  g();
  co_return;
}
