struct Bad {
  Bad(int Value) : Value(Value) {}
  int Value;
};
