#pragma once

#include <cstdlib>
#include <memory>

namespace lifeline::base {

// Owns memory a C library handed out with malloc() (xcb replies and errors, ...).
struct FreeDeleter
{
    void operator()(void* p) const { std::free(p); }
};
template <typename T>
using MallocPtr = std::unique_ptr<T, FreeDeleter>;

}  // namespace lifeline::base
