#pragma once

namespace orders {
// Resumes the coroutines waiting for it inline, on the thread that sets it.
struct Event {
  void set();
};
} // namespace orders
