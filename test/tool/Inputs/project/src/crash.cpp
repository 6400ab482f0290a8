// The fake analyzer (Inputs/crashing-analyzer.sh) crashes on this TU.
struct Crash {
  explicit Crash(int Value) : Value(Value) {}
  int Value;
};
