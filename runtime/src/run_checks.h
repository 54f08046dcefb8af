/* run_checks.h - errors that generated code finds while a run is under way.
 *
 * An index that a model computes from data (a Gather's indices, an
 * embedding's token ids) is checked by the kernel against the size of the
 * dim it indexes, once per index. A kernel that finds one out of range
 * reports it with onnxc_rt_index_error on the pool it was given (the pool
 * belongs to the context, one run at a time) and goes on with the index
 * clamped into range, so nothing is ever read or written outside a buffer;
 * onnxc_rt_run then returns ONNXC_INVALID_ARGUMENT with the first error
 * instead of the outputs.
 *
 * A size that a model computes at run time (a dim of a dynamic input that
 * must agree with another operand's, a slice reaching past its tensor) is
 * checked by the kernel before the op that depends on it. Going on would
 * read or write outside a buffer, so onnxc_rt_shape_error ends the run at
 * once: it records the error and jumps back to onnxc_rt_run (the checks
 * run on the calling thread, between kernels, never inside a parallel
 * loop; code generation refuses one there). */
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
  int64_t low, high; /* the valid range, inclusive; for a shape error,
                        the size that was expected (low == high) */
  int relation;      /* how index relates to [low, high]: ONNXC_RT_OUT_OF_RANGE
                        or one of onnxc_rt_shape_relation */
  /* Where onnxc_rt_shape_error jumps to end the run: storage for the C
   * library's jmp_buf (glibc's is 200 bytes on x86-64, 312 on AArch64),
   * valid while `armed`. */
  _Alignas(16) unsigned char abort_point[512];
  int armed;
};

/* The relation a shape error states between the size it found and the one
 * expected, as generated code passes it (codegen/cpu/BindRunChecks.cpp). */
enum onnxc_rt_shape_relation {
  ONNXC_RT_OUT_OF_RANGE = 0,    /* an index error: value outside [low, high] */
  ONNXC_RT_SIZE_MISMATCH = 1,   /* "%s %lld does not match %lld" */
  ONNXC_RT_SIZE_EXCEEDS = 2,    /* "%s %lld exceeds %lld" */
  ONNXC_RT_SIZE_BELOW = 3,      /* "%s %lld is below %lld" */
};

/* Called by generated code: records the error unless one already is (the
 * first one wins, also when several threads report at once). */
ONNXC_RT_HIDDEN void onnxc_rt_index_error(onnxc_rt_pool *pool,
                                          const char *where, int64_t index,
                                          int64_t low, int64_t high);

/* Called by generated code: records the error unless one already is, then
 * ends the run (a jump back into onnxc_rt_run_invoke) when one is under
 * way on this pool. */
ONNXC_RT_HIDDEN void onnxc_rt_shape_error(onnxc_rt_pool *pool,
                                          const char *where, int32_t relation,
                                          int64_t size, int64_t expected);

/* Calls invoke(args) so that a shape error inside it returns here: the
 * kernel's work is abandoned and onnxc_rt_run_error_status reports it. */
ONNXC_RT_HIDDEN void onnxc_rt_run_invoke(onnxc_rt_pool *pool,
                                         onnxc_packed_fn invoke, void **args);

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
