/* model_desc.h - the contract between code that onnxc generates and the
 * runtime linked into every model library. Not a public header.
 *
 * onnxc emits, per model, one constant onnxc_model_desc and four exported
 * thunks (P_signature, P_create, P_run, P_destroy) that forward to the
 * onnxc_rt_* functions below with that descriptor. Every onnxc_rt_* symbol
 * has hidden visibility, so several models coexist in one process.
 *
 * Kernels use MLIR's memref descriptor layout: for a rank-R memref,
 *   { void *allocated; void *aligned; int64_t offset;
 *     int64_t sizes[R]; int64_t strides[R]; }
 * which is 3 + 2R eight-byte words. Both kernel entry points take packed
 * arguments (void **args):
 *   arena_bytes: args[0] = int64_t *result (bytes of scratch arena needed),
 *                args[1 + i] = descriptor of input i.
 *   invoke:      args[0] = the outputs, one descriptor after another in
 *                output order (the memory is sum(3 + 2R_k) words),
 *                args[1 + i] = descriptor of input i,
 *                args[1 + num_inputs] = descriptor of the arena, a rank-1
 *                i8 memref of at least arena_bytes bytes, 64-byte aligned,
 *                args[2 + num_inputs] = the context's onnxc_rt_pool (itself,
 *                not a pointer to it): the kernel runs its parallel loops
 *                with onnxc_rt_parallel_for on it (thread_pool.h).
 * Outputs that invoke returns point into the arena, into the model's
 * constant weights, or into an input. */
#ifndef ONNXC_RUNTIME_MODEL_DESC_H
#define ONNXC_RUNTIME_MODEL_DESC_H

#include "onnxc/onnxc.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef void (*onnxc_packed_fn)(void **args);

typedef struct onnxc_model_desc {
  const onnxc_signature *signature;
  onnxc_packed_fn arena_bytes;
  onnxc_packed_fn invoke;
} onnxc_model_desc;

#if defined(__GNUC__)
#define ONNXC_RT_HIDDEN __attribute__((visibility("hidden")))
#else
#define ONNXC_RT_HIDDEN
#endif

ONNXC_RT_HIDDEN int32_t onnxc_rt_create(const onnxc_model_desc *model,
                                        const onnxc_options *options,
                                        onnxc_context **context,
                                        onnxc_status *status);
ONNXC_RT_HIDDEN int32_t onnxc_rt_run(onnxc_context *context,
                                     const onnxc_tensor *inputs,
                                     int32_t num_inputs, onnxc_tensor *outputs,
                                     int32_t num_outputs, onnxc_status *status);
ONNXC_RT_HIDDEN void onnxc_rt_destroy(onnxc_context *context);

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_RUNTIME_MODEL_DESC_H */
