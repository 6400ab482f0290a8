// Mirrors yaclib/exe/executor.hpp (yaclib::IExecutor). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

namespace yaclib {

class IExecutor {
public:
  enum class Type : unsigned char { Custom, Inline, Manual, FairThreadPool };
  virtual ~IExecutor() = default;
  virtual Type Tag() const noexcept { return Type::Custom; }
  virtual bool Alive() const noexcept { return true; }
};

} // namespace yaclib
