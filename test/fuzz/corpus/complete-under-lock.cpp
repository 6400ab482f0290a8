struct S {
  std::mutex m;
  std::promise<int> p;
  void done() {
    std::lock_guard<std::mutex> g(m);
    p.set_value(1);
  }
};
