/* run_checks.h - errors that generated code finds while a run is under way.
 *
 * An index that a model computes from data (a Gather's indices, an
 * embedding's token ids) is checked by the kernel against the size of the
 * dim it indexes, once per index. A kernel that finds one out of range
 * reports it with onnxc_rt_index_error on the pool it was given (the pool
 * belongs to the context, one run at a time) and goes on with the index
 * clamped into range, so nothing is ever read or written outside a buffer;
 * onnxc_rt_run then returns ONNXC_INVALID_ARGUMENT with the first error
 * instead of the outputs. */
#ifndef ONNXC_RUNTIME_RUN_CHECKS_H
#define ONNXC_RUNTIME_RUN_CHECKS_H

#include "model_desc.h"
#include "thread_pool.h"

#ifdef __cplusplus
extern "C" {
#endif

struct onnxc_rt_run_error {
  int set;           /* an error was reported since the last clear */
  const char *where; /* the node and the value, e.g. "node 'embed' (Gather,
                        opset 13): indices element" or "...: indices dim 1
                        size" (a constant of the model) */
  int64_t index;     /* the offending index or size */
  int64_t low, high; /* the valid range, inclusive */
};

/* Called by generated code: records the error unless one already is (the
 * first one wins, also when several threads report at once). */
ONNXC_RT_HIDDEN void onnxc_rt_index_error(onnxc_rt_pool *pool,
                                          const char *where, int64_t index,
                                          int64_t low, int64_t high);

/* Forgets any recorded error; onnxc_rt_run calls it before each invoke. */
ONNXC_RT_HIDDEN void onnxc_rt_run_error_clear(onnxc_rt_pool *pool);

/* ONNXC_OK when the run reported nothing, else ONNXC_INVALID_ARGUMENT with
 * the first error's message in status. */
ONNXC_RT_HIDDEN int32_t onnxc_rt_run_error_status(onnxc_rt_pool *pool,
                                                  onnxc_status *status);

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_RUNTIME_RUN_CHECKS_H */
