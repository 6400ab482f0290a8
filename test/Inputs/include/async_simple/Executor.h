// Mirrors async_simple/Executor.h (async_simple::Executor: schedule, currentThreadInExecutor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <functional>

namespace async_simple {

class Executor {
public:
  using Func = std::function<void()>;
  Executor() = default;
  virtual ~Executor() {}
  virtual bool schedule(Func func) = 0;
  virtual bool currentThreadInExecutor() const { return false; }
};

} // namespace async_simple
