struct Demo {
  Demo(int Value) : Value(Value) {}
  int Value;
};

int demoValue() { return Demo(1).Value; }
