/* libc_decls.h - the few C library and POSIX thread functions the runtime
 * calls, declared here instead of including the C library's headers. The
 * runtime then compiles for any target triple with only the compiler's own
 * freestanding headers (<stddef.h>, <stdint.h>, <stdarg.h>), so building it
 * for a cross target needs no sysroot.
 *
 * Thread objects are opaque storage at least as large and as aligned as the
 * pthread_mutex_t / pthread_cond_t of glibc and musl on x86-64 and AArch64
 * (40-48 bytes); the runtime only ever passes pointers to them to libc.
 * pthread_t is an unsigned long (glibc) or a pointer (musl): one word. */
#ifndef ONNXC_RUNTIME_LIBC_DECLS_H
#define ONNXC_RUNTIME_LIBC_DECLS_H

#include <stdarg.h>
#include <stddef.h>

#define ONNXC_RT_THREAD_OBJECT_BYTES 64

typedef struct onnxc_rt_mutex {
  _Alignas(16) unsigned char storage[ONNXC_RT_THREAD_OBJECT_BYTES];
} onnxc_rt_mutex;

typedef struct onnxc_rt_cond {
  _Alignas(16) unsigned char storage[ONNXC_RT_THREAD_OBJECT_BYTES];
} onnxc_rt_cond;

typedef unsigned long onnxc_rt_thread;

_Static_assert(sizeof(void *) == 8 && sizeof(unsigned long) == 8,
               "the onnxc runtime supports 64-bit targets only");

/* <stdlib.h> */
void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *aligned_alloc(size_t alignment, size_t size);
void free(void *ptr);

/* <string.h> */
void *memset(void *dest, int value, size_t size);
void *memcpy(void *dest, const void *src, size_t size);
int strcmp(const char *a, const char *b);

/* <setjmp.h>: env is storage for a jmp_buf (run_checks.h sizes it).
 * _setjmp saves no signal mask, so no system call per run. */
int _setjmp(void *env) __attribute__((returns_twice));
_Noreturn void longjmp(void *env, int value);

/* <stdio.h> */
int vsnprintf(char *buffer, size_t size, const char *format, va_list args);

/* <sys/sysinfo.h> */
int get_nprocs(void);

/* <pthread.h>, with the attribute arguments always NULL. */
int pthread_mutex_init(onnxc_rt_mutex *mutex, const void *attr);
int pthread_mutex_destroy(onnxc_rt_mutex *mutex);
int pthread_mutex_lock(onnxc_rt_mutex *mutex);
int pthread_mutex_unlock(onnxc_rt_mutex *mutex);
int pthread_cond_init(onnxc_rt_cond *cond, const void *attr);
int pthread_cond_destroy(onnxc_rt_cond *cond);
int pthread_cond_wait(onnxc_rt_cond *cond, onnxc_rt_mutex *mutex);
int pthread_cond_signal(onnxc_rt_cond *cond);
int pthread_cond_broadcast(onnxc_rt_cond *cond);
int pthread_create(onnxc_rt_thread *thread, const void *attr,
                   void *(*start)(void *), void *arg);
int pthread_join(onnxc_rt_thread thread, void **result);

#endif /* ONNXC_RUNTIME_LIBC_DECLS_H */
