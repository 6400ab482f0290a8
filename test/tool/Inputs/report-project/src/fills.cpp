#include <mutex>

#include "orders/event.h"

namespace orders {
std::mutex BookMutex;
Event Filled;

void publishFill() {
  std::lock_guard<std::mutex> Lock(BookMutex);
  Filled.set();
}
} // namespace orders
