#include "shared.h"

struct Gadget {
  Gadget(long Id) : Id(Id) {}
  long Id;
};

long gadgetId(SharedHandle H) { return Gadget(H.Fd).Id; }
