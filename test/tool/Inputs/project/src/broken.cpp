struct Broken {
  Broken(int Value) : Value(Value) {}
  int Value;
};

int brokenValue() { return undeclared_function(); }
