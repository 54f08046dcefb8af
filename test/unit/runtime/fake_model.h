/* fake_model.h - a hand-written stand-in for a model that onnxc compiles,
 * for the runtime's unit tests. See fake_model.c. */
#ifndef ONNXC_TEST_UNIT_RUNTIME_FAKE_MODEL_H
#define ONNXC_TEST_UNIT_RUNTIME_FAKE_MODEL_H

#include "runtime/src/model_desc.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Inputs:  x   float [batch, 3]
 *          ids int64 [batch]
 * Outputs: y   float [batch, 3] = x + 1, in the arena at byte 64
 *          sum float []         = sum of x, in the arena after y
 *          ids int64 [batch]    = the ids input itself (aliases it)
 * The ids index a table of FAKE_MODEL_TABLE_ROWS rows: invoke reports the
 * first one outside [-rows, rows - 1] with onnxc_rt_index_error, as
 * generated code does. A batch above FAKE_MODEL_MAX_BATCH is a shape
 * error (onnxc_rt_shape_error), which ends the run inside invoke. */
#define FAKE_MODEL_TABLE_ROWS 100000
#define FAKE_MODEL_MAX_BATCH 1000
extern const onnxc_model_desc fake_model_desc;
extern const onnxc_model_api fake_onnxc_api;

/* Calls of the two kernels since the program started. */
extern int64_t fake_model_arena_bytes_calls;
extern int64_t fake_model_invoke_calls;
/* Invokes that got past the shape check. */
extern int64_t fake_model_invoke_completions;

/* The thread pool that the last invoke got (args[2 + num_inputs]); invoke
 * computes y with onnxc_rt_parallel_for on it. */
extern void *fake_model_last_pool;

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_TEST_UNIT_RUNTIME_FAKE_MODEL_H */
