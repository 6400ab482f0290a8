// RUN: %check_async_tidy %s async-blocking-wait %t -- -- -std=c++20
// The expected diagnostics are at the end of the file, so that they shift no
// line of the code they point at.

// Constructors reached from a coroutine (issue 14): a constructor blocks when
// its body does, and also when a member's default initializer that it runs
// does, or the constructor of a member or base that it runs implicitly. An
// aggregate runs a member's default initializer where it is made.

#include <coroutine>
#include <future>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

std::future<int> &configFuture();

// A member's default initializer waits; the constructor is written
// elsewhere and initializes only the other member.
struct Settings {
  int Loaded = configFuture().get();
  int Other;
  Settings();
};
Settings::Settings() : Other(0) {}

// Initializes the member itself: the default initializer never runs.
struct Overridden {
  int Loaded = configFuture().get();
  Overridden() : Loaded(0) {}
};

// Its implicit constructor constructs a Settings.
struct Service {
  Settings Config;
};

// Its base's constructor waits.
struct Derived : Settings {
  Derived() {}
};

// An aggregate: the default initializer runs at the braces.
struct Options {
  int Timeout = configFuture().get();
};

// A member without a default initializer, constructed by a constructor
// that does not wait.
struct Quiet {
  int Value = 1;
};
struct Holder {
  Quiet Q;
};

Options makeOptions() { return Options{}; }

task loadSettings() {
  Settings S;
  Overridden O;
  Service Svc;
  Derived D;
  Options Opts = makeOptions();
  Holder H;
  co_return;
}

void loadSettingsInMain() {
  Settings S;
  Options Opts{};
}

// CHECK-NOTES: :67:12: warning: call to 'Settings::Settings' blocks in 'std::future::get' inside coroutine 'loadSettings'
// CHECK-NOTES: :28:31: note: 'Settings::Settings' blocks here on 'std::future::get'
// CHECK-NOTES: :69:11: warning: call to 'Service::Service' blocks in 'std::future::get' inside coroutine 'loadSettings'
// CHECK-NOTES: :41:8: note: 'Service::Service' calls 'Settings::Settings' here
// CHECK-NOTES: :28:31: note: 'Settings::Settings' blocks here on 'std::future::get'
// CHECK-NOTES: :70:11: warning: call to 'Derived::Derived' blocks in 'std::future::get' inside coroutine 'loadSettings'
// CHECK-NOTES: :47:3: note: 'Derived::Derived' calls 'Settings::Settings' here
// CHECK-NOTES: :28:31: note: 'Settings::Settings' blocks here on 'std::future::get'
// CHECK-NOTES: :71:18: warning: call to 'makeOptions' blocks in 'std::future::get' inside coroutine 'loadSettings'
// CHECK-NOTES: :52:32: note: 'makeOptions' blocks here on 'std::future::get'
