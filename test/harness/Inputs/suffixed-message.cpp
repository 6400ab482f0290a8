struct Meters {
  Meters(int Value);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-argument constructors must be marked explicit
  // CHECK-FIXES: explicit Meters(int Value);
};
struct Feet {
  Feet(int Value);
  // CHECK-MESSAGES-ONE: :[[@LINE-1]]:3: warning: single-argument constructors must be marked explicit
  // CHECK-FIXES-ONE: explicit Feet(int Value);
};
