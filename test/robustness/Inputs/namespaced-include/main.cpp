#include <libns_begin.h>
#include "project_part.h"
#include <libns_end.h>
