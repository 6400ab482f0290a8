struct Q {
  mylib::Future<int> last_;
  mylib::SpinLock lock_;
  mylib::task_completion_source<int> tcs_;
  void chain() { last_ = last_.then([](int) { return 1; }); }
  void finish() {
    mylib::SpinLockGuard g(lock_);
    tcs_.set_result(1);
  }
  fz::task<> wait() { co_await last_; last_.get(); }
};
