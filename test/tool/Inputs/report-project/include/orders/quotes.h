#pragma once
#include "orders/task.h"

namespace orders {
class Quotes {
public:
  Task next();

private:
  std::future<int> pending_;
};
} // namespace orders
