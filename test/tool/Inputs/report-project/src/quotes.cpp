#include "orders/quotes.h"

namespace orders {
int render(int);

Task Quotes::next() {
  int Value = co_await pending_;
  render(Value);
}

Task refresh(std::future<int> Price) {
  render(Price.get());
  co_return;
}
} // namespace orders
