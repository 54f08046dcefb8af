//===- LibcDeclsTest.cpp - runtime/src/libc_decls.h against <pthread.h> ---===//
//
// The runtime declares the pthread functions itself with opaque storage for
// the thread objects (ONNXC_RT_THREAD_OBJECT_BYTES = 64 bytes, 16-byte
// aligned). That header cannot meet <pthread.h> in one translation unit, so
// this checks the host's types against the same numbers.
//
//===----------------------------------------------------------------------===//
#include <pthread.h>

#include <gtest/gtest.h>

namespace {

constexpr size_t kThreadObjectBytes = 64; // libc_decls.h
constexpr size_t kThreadObjectAlign = 16;

static_assert(sizeof(pthread_mutex_t) <= kThreadObjectBytes);
static_assert(alignof(pthread_mutex_t) <= kThreadObjectAlign);
static_assert(sizeof(pthread_cond_t) <= kThreadObjectBytes);
static_assert(alignof(pthread_cond_t) <= kThreadObjectAlign);
static_assert(sizeof(pthread_t) == sizeof(unsigned long));

TEST(LibcDeclsTest, HostThreadTypesFit) {
  EXPECT_LE(sizeof(pthread_mutex_t), kThreadObjectBytes);
  EXPECT_LE(sizeof(pthread_cond_t), kThreadObjectBytes);
}

} // namespace
