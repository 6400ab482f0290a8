// Uses of the defaults in another header, before main.cpp's.
#pragma once
#include "defaults.h"

inline Holder::Holder() {}
inline rc::task otherCoroutine() {
  withDefault();
  Holder H;
  co_return;
}
