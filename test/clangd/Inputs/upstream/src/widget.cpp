struct Widget {
  Widget(int Size) : Size(Size) {}
  int Size;
};

int widgetSize() {
  int Unused = 0;
  return Widget(1).Size;
}
