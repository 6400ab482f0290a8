// A plain C file: the async-* checks are C++-only (isLanguageVersionSupported)
// and must neither run nor crash; names that look like waits are C functions.
// RUN: %no_crash --expect=ok %s -- %all_options -- -std=c11 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
// CHECK: === plugin
// CHECK: === binary
#include <pthread.h>

struct future { int ready; };
int get(struct future *f) { return f->ready; }
void wait(struct future *f) { while (!get(f)) {} }
void set_value(struct future *f, int v) { f->ready = v; }

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void complete_under_lock(struct future *f) {
  pthread_mutex_lock(&lock);
  set_value(f, 1);
  pthread_mutex_unlock(&lock);
  wait(f);
}
