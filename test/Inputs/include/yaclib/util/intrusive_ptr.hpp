// Mirrors yaclib/util/intrusive_ptr.hpp (yaclib::IntrusivePtr<T>). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

namespace yaclib {

template <typename T>
class IntrusivePtr {
public:
  IntrusivePtr() noexcept = default;
  explicit IntrusivePtr(T *Ptr) noexcept : _ptr(Ptr) {}
  T *Get() const noexcept { return _ptr; }
  T &operator*() const noexcept { return *_ptr; }
  T *operator->() const noexcept { return _ptr; }

private:
  T *_ptr = nullptr;
};

} // namespace yaclib
