#include "shared.h"

struct Widget {
  Widget(int Size) : Size(Size) {}
  int Size;
};

struct Label {
  explicit Label(int Width) : Width(Width) {}
  Label(const char *Text) : Width(0) {}
  int Width;
};

int widgetSize(SharedHandle H) { return Widget(H.Fd).Size; }
