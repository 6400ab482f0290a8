struct Clean {
  explicit Clean(int Value) : Value(Value) {}
  int Value;
};

int cleanValue() { return Clean(1).Value; }
