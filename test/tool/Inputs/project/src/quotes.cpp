#include "quotes.h"

quote_task refresh(std::future<int> Price) { return refreshQuote(std::move(Price)); }
