// Mirrors yaclib/exe/inline.hpp (yaclib::MakeInline: runs submitted work inline). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <yaclib/exe/executor.hpp>

namespace yaclib {

inline IExecutor &MakeInline() noexcept {
  static IExecutor Inline;
  return Inline;
}

} // namespace yaclib
