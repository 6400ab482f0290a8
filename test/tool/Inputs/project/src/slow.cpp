// Analysing this TU takes minutes: the constant evaluator runs 2^40 loop
// iterations (compiled with -fconstexpr-steps raised, see the RUN lines), so
// the audit's per-TU time limit stops it.
constexpr unsigned long long spin() {
  unsigned long long Sum = 0;
  for (unsigned long long I = 0; I < (1ULL << 40); ++I)
    Sum += I;
  return Sum;
}
static_assert(spin() != 1, "");

struct Slow {
  Slow(int Value) : Value(Value) {}
  int Value;
};
