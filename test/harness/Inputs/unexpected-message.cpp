struct Meters {
  Meters(int Value);
};
// CHECK-FIXES: explicit Meters(int Value);
