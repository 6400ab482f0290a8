#pragma once

struct SharedHandle {
  SharedHandle(int Fd) : Fd(Fd) {}
  int Fd;
};
