// Mirrors concurrencpp/threads/async_lock.h (async_lock, scoped_async_lock). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <exception>
#include <memory>
#include <mutex>

#include "concurrencpp/executors/executor.h"
#include "concurrencpp/forward_declarations.h"
#include "concurrencpp/results/lazy_result.h"

namespace concurrencpp {
    class scoped_async_lock;

    /// Coroutine mutex; lock() resumes on `resume_executor`.
    class async_lock {
       public:
        async_lock() noexcept {}
        ~async_lock() noexcept {}

        lazy_result<scoped_async_lock> lock(std::shared_ptr<executor> /*resume_executor*/) { std::terminate(); }
        lazy_result<bool> try_lock() { std::terminate(); }
        void unlock() {}
    };

    class scoped_async_lock {
       public:
        scoped_async_lock() noexcept = default;
        scoped_async_lock(scoped_async_lock&& rhs) noexcept : m_lock(rhs.m_lock), m_owns(rhs.m_owns) { rhs.m_lock = nullptr; }
        scoped_async_lock(async_lock& lock, std::defer_lock_t) noexcept : m_lock(&lock) {}
        scoped_async_lock(async_lock& lock, std::adopt_lock_t) noexcept : m_lock(&lock), m_owns(true) {}
        ~scoped_async_lock() noexcept {}

        lazy_result<void> lock(std::shared_ptr<executor> /*resume_executor*/) { std::terminate(); }
        lazy_result<bool> try_lock() { std::terminate(); }
        void unlock() { m_owns = false; }

        bool owns_lock() const noexcept { return m_owns; }
        explicit operator bool() const noexcept { return owns_lock(); }

        void swap(scoped_async_lock& rhs) noexcept { std::swap(m_lock, rhs.m_lock); }
        async_lock* release() noexcept { return std::exchange(m_lock, nullptr); }
        async_lock* mutex() const noexcept { return m_lock; }

       private:
        async_lock* m_lock = nullptr;
        bool m_owns = false;
    };
}  // namespace concurrencpp
