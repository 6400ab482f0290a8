// The harness's positive control: an upstream check with a fix-it, checked
// through both front ends (the plugin host and async-tidy carry upstream
// checks too).
// RUN: %check_async_tidy %s google-explicit-constructor %t

struct Meters {
  Meters(int Value);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: single-argument constructors must be marked explicit
  // CHECK-FIXES: {{^}}  explicit Meters(int Value);
};
