// A library's "begin namespace" header, included with -isystem: it opens
// namespace libns, which libns_end.h closes. Code between the two includes
// is the includer's, in a namespace written in a system header.
#include <future>
#include "../../reported-code/task.h"

namespace libns {
