/* thread_pool.h - a fixed pool of worker threads for parallel loops.
 *
 * Workers start once, in onnxc_rt_pool_create, and sleep on a condition
 * variable between loops; onnxc_rt_parallel_for spawns nothing. The calling
 * thread takes part: a pool of T threads has T - 1 workers. */
#ifndef ONNXC_RUNTIME_THREAD_POOL_H
#define ONNXC_RUNTIME_THREAD_POOL_H

#include "model_desc.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct onnxc_rt_pool onnxc_rt_pool;
typedef struct onnxc_rt_run_error onnxc_rt_run_error; /* run_checks.h */

/* Runs iterations [begin, end) of a parallel loop. */
typedef void (*onnxc_rt_parallel_fn)(void *closure, int64_t begin, int64_t end);

/* A pool of `threads` threads including the caller's; threads <= 0 means one
 * per online CPU, 1 means no worker threads. If the system refuses to start
 * some workers the pool runs with the ones it got. NULL only when out of
 * memory. */
ONNXC_RT_HIDDEN onnxc_rt_pool *onnxc_rt_pool_create(int threads);

/* Stops and joins the workers. NULL is allowed. */
ONNXC_RT_HIDDEN void onnxc_rt_pool_destroy(onnxc_rt_pool *pool);

/* The record of the current run's first data error (run_checks.h): the
 * pool is the one thing of its context that every kernel gets. NULL for a
 * NULL pool. */
ONNXC_RT_HIDDEN onnxc_rt_run_error *onnxc_rt_pool_run_error(onnxc_rt_pool *pool);

/* Threads that take part in a loop, the caller's included (1 for NULL). */
ONNXC_RT_HIDDEN int onnxc_rt_pool_threads(const onnxc_rt_pool *pool);

/* Splits [0, n) into at most onnxc_rt_pool_threads(pool) contiguous,
 * non-empty chunks of nearly equal size, calls fn once per chunk (chunk 0 on
 * the calling thread) and returns when all have returned. n <= 0 calls
 * nothing. A NULL pool, or a call made while the pool is already running a
 * loop (from inside fn, or from a second thread), runs fn(closure, 0, n) on
 * the calling thread. */
ONNXC_RT_HIDDEN void onnxc_rt_parallel_for(onnxc_rt_pool *pool, int64_t n,
                                           onnxc_rt_parallel_fn fn,
                                           void *closure);

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_RUNTIME_THREAD_POOL_H */
