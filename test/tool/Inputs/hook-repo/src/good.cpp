struct Good {
  explicit Good(int Value) : Value(Value) {}
  int Value;
};
