struct Meters {
  Meters(int Value);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-argument constructors must be marked explicit
  // CHECK-FIXES: explicit Meters(int Value);
};
// Compiles as written; adding 'explicit' breaks this copy-initialization.
Meters Distance = 3;
