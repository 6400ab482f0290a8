#include <utility>

struct Buffer {
  Buffer() = default;
  Buffer(Buffer &&) = default;
  int Size = 0;
};

int consume(Buffer B) { return B.Size; }

int moveTwice() {
  Buffer B;
  int First = consume(std::move(B));
  return First + B.Size;
}
