#include "lib_waits.h"
#include "user_waits.h"
#include "excluded_waits.h"

// Nodes the parent index must get right: a coroutine, nested lambdas, a
// template and its instantiation, a constructor initializer, a decltype, a
// default argument, a local class.
rc::task mainCoroutine(std::future<int> F, std::future<int> G) {
  int ViaMacro = LIB_WAIT(F);
  int Direct = G.get();
  (void)(ViaMacro + Direct);
  co_return;
}

template <typename T> rc::task templated(std::future<T> F) {
  auto Inner = [&] { return [&] { return F.get(); }(); };
  decltype(F.get()) Unevaluated{};
  (void)(Inner() + Unevaluated);
  co_return;
}
template rc::task templated(std::future<int>);

struct Holder {
  explicit Holder(std::future<int> &F) : Value(F.valid() ? 1 : 0) {}
  int Value;
  void run(int Arg = sizeof(int)) {
    struct Local {
      int twice(int X) { return 2 * X; }
    };
    (void)Local().twice(Arg);
  }
};
