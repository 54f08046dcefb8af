/* run.c - onnxc_rt_run: validate, describe, size the arena, invoke, report.
 * A run with input sizes seen before allocates nothing. */
#include "context.h"
#include "elem_type.h"
#include "libc_decls.h"
#include "memref.h"
#include "run_checks.h"
#include "status.h"
#include "validate.h"

static void describe_inputs(onnxc_context *ctx, const onnxc_tensor *inputs) {
  const onnxc_signature *sig = ctx->model->signature;
  for (int32_t i = 0; i < sig->num_inputs; ++i) {
    int64_t *desc = ctx->input_descs + ctx->input_offsets[i];
    onnxc_rt_memref_set_dense(desc, inputs[i].data, inputs[i].rank,
                              inputs[i].dims);
    ctx->args[1 + i] = desc;
  }
}

/* Asks the model how much scratch memory these inputs need and makes the
 * arena that large. */
static int32_t prepare_arena(onnxc_context *ctx, onnxc_status *status) {
  int64_t bytes = -1;
  ctx->args[0] = &bytes;
  ctx->model->arena_bytes(ctx->args);
  if (bytes < 0)
    return onnxc_rt_status_set(status, ONNXC_INTERNAL,
                               "model reported an arena of %lld bytes",
                               (long long)bytes);
  if ((uint64_t)bytes > (size_t)-1 ||
      onnxc_rt_arena_reserve(&ctx->arena, (size_t)bytes) != 0)
    return onnxc_rt_status_set(status, ONNXC_OUT_OF_MEMORY,
                               "cannot allocate a %lld-byte arena",
                               (long long)bytes);
  ctx->arena_bytes = bytes;
  int64_t capacity = (int64_t)ctx->arena.capacity;
  onnxc_rt_memref_set_dense(ctx->arena_desc, ctx->arena.base, 1, &capacity);
  return ONNXC_OK;
}

/* Checks every descriptor invoke returned before touching the caller's
 * outputs, then fills them. */
static int32_t report_outputs(onnxc_context *ctx, onnxc_tensor *outputs,
                              onnxc_status *status) {
  const onnxc_signature *sig = ctx->model->signature;
  for (int32_t k = 0; k < sig->num_outputs; ++k) {
    const onnxc_tensor_info *info = &sig->outputs[k];
    int64_t *desc = ctx->output_descs + ctx->output_offsets[k];
    if (!onnxc_rt_memref_is_dense(desc, info->rank) ||
        !onnxc_rt_memref_at(desc)->aligned)
      return onnxc_rt_status_set(status, ONNXC_INTERNAL,
                                 "output '%s': the model returned a "
                                 "non-dense or NULL buffer",
                                 info->name ? info->name : "");
  }
  for (int32_t k = 0; k < sig->num_outputs; ++k) {
    const onnxc_tensor_info *info = &sig->outputs[k];
    int64_t *desc = ctx->output_descs + ctx->output_offsets[k];
    const onnxc_rt_memref_header *header = onnxc_rt_memref_at(desc);
    const int64_t *sizes = onnxc_rt_memref_sizes(desc);
    onnxc_tensor *out = &outputs[k];
    out->elem_type = info->elem_type;
    out->rank = info->rank;
    memset(out->dims, 0, sizeof out->dims);
    for (int32_t d = 0; d < info->rank; ++d)
      out->dims[d] = sizes[d];
    out->data = (char *)header->aligned +
                header->offset * (int64_t)onnxc_rt_elem_size(info->elem_type);
  }
  return ONNXC_OK;
}

int32_t onnxc_rt_run(onnxc_context *ctx, const onnxc_tensor *inputs,
                     int32_t num_inputs, onnxc_tensor *outputs,
                     int32_t num_outputs, onnxc_status *status) {
  if (!ctx)
    return onnxc_rt_status_set(status, ONNXC_INVALID_ARGUMENT,
                               "context is NULL");
  const onnxc_signature *sig = ctx->model->signature;
  int32_t code = onnxc_rt_validate_inputs(sig, inputs, num_inputs, status);
  if (code != ONNXC_OK)
    return code;
  if (num_outputs != sig->num_outputs)
    return onnxc_rt_status_set(status, ONNXC_INVALID_ARGUMENT,
                               "expected %d outputs, got %d",
                               (int)sig->num_outputs, (int)num_outputs);
  if (num_outputs > 0 && !outputs)
    return onnxc_rt_status_set(status, ONNXC_INVALID_ARGUMENT,
                               "outputs is NULL");

  describe_inputs(ctx, inputs);
  code = prepare_arena(ctx, status);
  if (code != ONNXC_OK)
    return code;

  memset(ctx->output_descs, 0, ctx->output_words * sizeof(int64_t));
  ctx->args[0] = ctx->output_descs;
  ctx->args[1 + sig->num_inputs] = ctx->arena_desc;
  ctx->args[2 + sig->num_inputs] = ctx->pool;
  onnxc_rt_run_error_clear(ctx->pool);
  onnxc_rt_run_invoke(ctx->pool, ctx->model->invoke, ctx->args);
  /* An index out of range: the outputs were computed from clamped indices
   * and mean nothing; a shape error ended the run early. */
  code = onnxc_rt_run_error_status(ctx->pool, status);
  if (code != ONNXC_OK)
    return code;

  code = report_outputs(ctx, outputs, status);
  if (code != ONNXC_OK)
    return code;
  return onnxc_rt_status_ok(status);
}
