// Mirrors folly/executors/StrandExecutor.h (folly::StrandExecutor::create, folly::StrandContext). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <memory>

#include <folly/executors/SerializedExecutor.h>

namespace folly {

class StrandExecutor;

class StrandContext : public std::enable_shared_from_this<StrandContext> {
 public:
  static std::shared_ptr<StrandContext> create() { std::terminate(); }
  void add(Func /*func*/, Executor::KeepAlive<> /*executor*/) { std::terminate(); }
};

class StrandExecutor final : public SerializedExecutor {
 public:
  static Executor::KeepAlive<StrandExecutor> create() { std::terminate(); }
  static Executor::KeepAlive<StrandExecutor> create(
      std::shared_ptr<StrandContext> /*context*/) { std::terminate(); }
  static Executor::KeepAlive<StrandExecutor> create(
      Executor::KeepAlive<> /*parentExecutor*/) { std::terminate(); }
  static Executor::KeepAlive<StrandExecutor> create(
      std::shared_ptr<StrandContext> /*context*/,
      Executor::KeepAlive<> /*parentExecutor*/) { std::terminate(); }

  void add(Func) override {}
};

} // namespace folly
