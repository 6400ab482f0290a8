fz::task<> r(mylib::Future<int> f) {
  if (f.is_ready())
    f.get();
  co_await mylib::make_ready_future(1);
}
