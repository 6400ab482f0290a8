void post(fz::executor &ex, std::shared_future<int> f) {
  ex.post([f] { f.wait(); });
}
