// RUN: %check_async_tidy %s async-blocking-wait %t -- \
// RUN:   -config="{CheckOptions: { \
// RUN:     async.ContinuationSinks: 'oiio::thread_pool::push;rclcpp::Node::create_service' }}" \
// RUN:   -- -std=c++20
// The expected diagnostics are at the end of the file, so that they shift no
// line of the code they point at.

// Blocking waits reached through helpers (issue 14): reported at the call made
// inside the async context (the frontier), with the chain as notes. Standard
// library futures; the thread pool and the ROS 2 node are user types whose
// sinks are configured.

#include <chrono>
#include <coroutine>
#include <functional>
#include <future>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

namespace oiio {
class thread_pool {
public:
  template <typename F> std::future<void> push(F &&f) {
    return std::async(std::launch::async, std::forward<F>(f));
  }
};
thread_pool *default_thread_pool();

// OpenImageIO PR 1560: parallel_for pushes sub-chunks onto the pool and waits
// for them in ~task_set.
class task_set {
public:
  explicit task_set(thread_pool *pool) : pool_(pool) {}
  ~task_set() { wait(); }
  void push(std::future<void> &&f) { futures_.push_back(std::move(f)); }
  void wait() {
    for (auto &f : futures_)
      f.wait();
  }

private:
  thread_pool *pool_;
  std::vector<std::future<void>> futures_;
};

inline void parallel_for(int begin, int end, std::function<void(int)> body) {
  thread_pool *pool = default_thread_pool();
  task_set ts(pool);
  for (int i = begin; i < end; ++i)
    ts.push(pool->push([=] { body(i); }));
}
} // namespace oiio

void work(int);

void chunkOnPool() {
  oiio::default_thread_pool()->push([] {
    oiio::parallel_for(0, 16, work);
  });
}

// The same helper called from main or from a worker std::thread: not async.
int main() {
  oiio::parallel_for(0, 16, work);
  std::thread worker([] { oiio::parallel_for(0, 16, work); });
  worker.join();
}

// TileDB PR 2851: the futures arrive in a struct, by reference.
struct UploadState {
  std::vector<std::future<int>> parts;
};
int finishUpload(UploadState &state) {
  int total = 0;
  for (auto &part : state.parts)
    total += part.get();
  return total;
}
int uploadAll(UploadState &state) { return finishUpload(state); }

void uploadOnPool(UploadState &state) {
  oiio::default_thread_pool()->push([&state] {
    uploadAll(state);
  });
}

// Coroutines: a helper that blocks, and one whose wait is a poll or is
// proven ready.
int blockingHelper(std::future<int> &f) { return f.get(); }
int pollingHelper(std::future<int> &f) {
  if (f.wait_for(0s) == std::future_status::ready)
    return f.get();
  return -1;
}
int readyHelper(std::future<int> &f) {
  return f.wait_for(0s) == std::future_status::ready ? 1 : 0;
}
void sleepyHelper() { std::this_thread::sleep_for(1ms); }

task coroutineCallsHelpers(std::future<int> &f) {
  blockingHelper(f);
  pollingHelper(f);
  readyHelper(f);
  sleepyHelper();
  (void)sizeof(blockingHelper(f));
  std::thread([&f] { blockingHelper(f); }).join();
  co_return;
}

// Primitives count only in coroutines (FlagBlockingPrimitives=Coroutines):
// a continuation that calls sleepyHelper is not reported, and a function
// passed by name that sleeps is not either.
void sleepOnPool() {
  oiio::default_thread_pool()->push([] {
    sleepyHelper();
    work(1);
  });
  oiio::default_thread_pool()->push(&sleepyHelper);
}

// Unknown bodies, virtual calls, function pointers, std::function: not
// followed.
int declaredOnly(std::future<int> &f);
struct Base {
  virtual int wait(std::future<int> &f) { return f.get(); }
};
struct Final final : Base {
  int wait(std::future<int> &f) override { return f.get(); }
};
task unknownCallees(std::future<int> &f, Base &b, Final &fin,
                    int (*fp)(std::future<int> &),
                    std::function<int(std::future<int> &)> fn) {
  declaredOnly(f);
  b.wait(f);
  fp(f);
  fn(f);
  fin.wait(f);
  co_return;
}

// Recursion terminates; the shortest chain is shown.
int recursiveA(std::future<int> &f, int n);
int recursiveB(std::future<int> &f, int n) { return recursiveA(f, n - 1); }
int recursiveA(std::future<int> &f, int n) {
  return n > 0 ? recursiveB(f, n) : f.get();
}
int neverBlocksA(int n);
int neverBlocksB(int n) { return neverBlocksA(n - 1); }
int neverBlocksA(int n) { return n > 0 ? neverBlocksB(n) : 0; }

task recursion(std::future<int> &f) {
  recursiveB(f, 3);
  neverBlocksA(3);
  co_return;
}

// Templates: one report per call site, however many instantiations.
template <typename T> T getAll(std::future<T> &f) { return f.get(); }
template <typename T> task templatedCoroutine(std::future<T> &f) {
  getAll(f);
  co_return;
}
template task templatedCoroutine<int>(std::future<int> &);
template task templatedCoroutine<long>(std::future<long> &);

// A helper that is itself an async context reports its own wait, once.
task innerCoroutine(std::future<int> &f) {
  f.get();
  co_return;
}
task outerCoroutine(std::future<int> &f) {
  innerCoroutine(f);
  co_return;
}

// ROS 2 / MAVROS: a service callback registered by name blocks on a client
// future that only the same executor completes. The callback's body is an
// async context itself: its wait is reported where it is written.
namespace rclcpp {
class Node {
public:
  template <typename F> void create_service(const char *name, F &&callback) {}
};
} // namespace rclcpp

struct Request {};
class MavNode : public rclcpp::Node {
public:
  void setup() {
    using namespace std::placeholders;
    create_service("arm", std::bind(&MavNode::handleArm, this, _1, _2));
    create_service("mode", std::bind_front(&MavNode::handleMode, this));
    create_service("land", &MavNode::handleLand);
    create_service("home", [this](Request r, int id) { handleHome(r, id); });
    std::function<void(Request, int)> takeoff =
        std::bind(&MavNode::handleTakeoff, this, _1, _2);
    create_service("takeoff", takeoff);
    create_service("param", freeHandler);
  }
  void handleArm(Request, int) { client_.wait(); }
  void handleMode(Request, int) { callClient(); }
  static void handleLand(Request, int) {}
  void handleHome(Request, int) { client_.get(); }
  void handleTakeoff(Request, int) { client_.get(); }
  static void freeHandler(Request, int);
  // Called only from main: not a callback.
  void notRegistered() { client_.get(); }
  int callClient() { return client_.get(); }

private:
  std::shared_future<int> client_;
};
std::shared_future<int> globalClient;
void MavNode::freeHandler(Request, int) { globalClient.wait(); }

// DLA-Future: a pipeline stage whose destructor waits for the tail of its own
// chain, destroyed inside a continuation.
class PipelineStage {
public:
  ~PipelineStage() { tail_.wait(); }

private:
  std::shared_future<void> tail_;
};
struct Pipeline {
  PipelineStage last;
};
void destroyStageOnPool() {
  oiio::default_thread_pool()->push([] {
    PipelineStage stage;
    work(0);
  });
  oiio::default_thread_pool()->push([] {
    Pipeline pipeline;
    work(0);
  });
}
void destroyStageInMain() { PipelineStage stage; }

// CHECK-NOTES: :70:5: warning: call to 'oiio::parallel_for' blocks in 'std::future::wait' inside continuation passed to 'oiio::thread_pool::push'
// CHECK-NOTES: :63:1: note: 'oiio::parallel_for' destroys 'ts' here, which calls 'oiio::task_set::~task_set'
// CHECK-NOTES: :46:17: note: 'oiio::task_set::~task_set' calls 'oiio::task_set::wait' here
// CHECK-NOTES: :50:9: note: 'oiio::task_set::wait' blocks here on 'std::future::wait'; attach the work that needs the result as a continuation instead of waiting for it (in a coroutine: use a future from an async library and 'co_await' it)
// CHECK-NOTES: :69:32: note: the callable runs as a continuation or executor task of 'oiio::thread_pool::push'
// CHECK-NOTES: :95:5: warning: call to 'uploadAll' blocks in 'std::future::get' inside continuation passed to 'oiio::thread_pool::push'
// CHECK-NOTES: :91:44: note: 'uploadAll' calls 'finishUpload' here
// CHECK-NOTES: :88:19: note: 'finishUpload' blocks here on 'std::future::get'; attach the work that needs the result as a continuation instead of waiting for it (in a coroutine: use a future from an async library and 'co_await' it)
// CHECK-NOTES: :94:32: note: the callable runs as a continuation or executor task of 'oiio::thread_pool::push'
// CHECK-NOTES: :113:3: warning: call to 'blockingHelper' blocks in 'std::future::get' inside coroutine 'coroutineCallsHelpers'
// CHECK-NOTES: :101:52: note: 'blockingHelper' blocks here on 'std::future::get'; use a future from an async library and 'co_await' it
// CHECK-NOTES: :116:3: warning: call to 'sleepyHelper' blocks in 'std::this_thread::sleep_for' inside coroutine 'coroutineCallsHelpers'
// CHECK-NOTES: :110:23: note: 'sleepyHelper' blocks here on 'std::this_thread::sleep_for'; use an async timer
// CHECK-NOTES: :118:44: warning: blocking wait 'std::thread::join' inside coroutine 'coroutineCallsHelpers'
// CHECK-NOTES: :149:7: warning: call to 'Final::wait' blocks in 'std::future::get' inside coroutine 'unknownCallees'
// CHECK-NOTES: :140:53: note: 'Final::wait' blocks here on 'std::future::get'; use a future from an async library and 'co_await' it
// CHECK-NOTES: :164:3: warning: call to 'recursiveB' blocks in 'std::future::get' inside coroutine 'recursion'
// CHECK-NOTES: :155:53: note: 'recursiveB' calls 'recursiveA' here
// CHECK-NOTES: :157:39: note: 'recursiveA' blocks here on 'std::future::get'; use a future from an async library and 'co_await' it
// CHECK-NOTES: :172:3: warning: call to 'getAll' blocks in 'std::future::get' inside coroutine 'templatedCoroutine'
// CHECK-NOTES: :170:62: note: 'getAll' blocks here on 'std::future::get'; use a future from an async library and 'co_await' it
// CHECK-NOTES: :180:5: warning: blocking wait 'std::future::get' inside coroutine 'innerCoroutine'
// CHECK-NOTES: :212:42: warning: blocking wait 'std::shared_future::wait' inside callback 'MavNode::handleArm' passed to 'rclcpp::Node::create_service'
// CHECK-NOTES: :203:5: note: 'MavNode::handleArm' is passed here by name; it runs as a continuation or executor task of 'rclcpp::Node::create_service'
// CHECK-NOTES: :213:35: warning: call to 'MavNode::callClient' blocks in 'std::shared_future::get' inside callback 'MavNode::handleMode' passed to 'rclcpp::Node::create_service'
// CHECK-NOTES: :220:37: note: 'MavNode::callClient' blocks here on 'std::shared_future::get'; attach the work that needs the result as a continuation instead of waiting for it (in a coroutine: use a future from an async library and 'co_await' it)
// CHECK-NOTES: :204:5: note: 'MavNode::handleMode' is passed here by name; it runs as a continuation or executor task of 'rclcpp::Node::create_service'
// CHECK-NOTES: :215:43: warning: blocking wait 'std::shared_future::get' inside callback 'MavNode::handleHome' passed to 'rclcpp::Node::create_service'
// CHECK-NOTES: :206:5: note: 'MavNode::handleHome' is passed here by name; it runs as a continuation or executor task of 'rclcpp::Node::create_service'
// CHECK-NOTES: :216:46: warning: blocking wait 'std::shared_future::get' inside callback 'MavNode::handleTakeoff' passed to 'rclcpp::Node::create_service'
// CHECK-NOTES: :209:5: note: 'MavNode::handleTakeoff' is passed here by name; it runs as a continuation or executor task of 'rclcpp::Node::create_service'
// CHECK-NOTES: :226:56: warning: blocking wait 'std::shared_future::wait' inside callback 'MavNode::freeHandler' passed to 'rclcpp::Node::create_service'
// CHECK-NOTES: :210:5: note: 'MavNode::freeHandler' is passed here by name; it runs as a continuation or executor task of 'rclcpp::Node::create_service'
// CHECK-NOTES: :242:19: warning: destroying 'stage' calls 'PipelineStage::~PipelineStage', which blocks in 'std::shared_future::wait', inside continuation passed to 'oiio::thread_pool::push'
// CHECK-NOTES: :244:3: note: 'stage' is destroyed here
// CHECK-NOTES: :232:28: note: 'PipelineStage::~PipelineStage' blocks here on 'std::shared_future::wait'; attach the work that needs the result as a continuation instead of waiting for it (in a coroutine: use a future from an async library and 'co_await' it)
// CHECK-NOTES: :241:32: note: the callable runs as a continuation or executor task of 'oiio::thread_pool::push'
// CHECK-NOTES: :246:14: warning: destroying 'pipeline' calls 'Pipeline::~Pipeline', which blocks in 'std::shared_future::wait', inside continuation passed to 'oiio::thread_pool::push'
// CHECK-NOTES: :248:3: note: 'pipeline' is destroyed here
// CHECK-NOTES: :238:17: note: 'Pipeline::~Pipeline' destroys member 'last' here, which calls 'PipelineStage::~PipelineStage'
// CHECK-NOTES: :232:28: note: 'PipelineStage::~PipelineStage' blocks here on 'std::shared_future::wait'; attach the work that needs the result as a continuation instead of waiting for it (in a coroutine: use a future from an async library and 'co_await' it)
// CHECK-NOTES: :245:32: note: the callable runs as a continuation or executor task of 'oiio::thread_pool::push'
