/* context.c - onnxc_rt_create and onnxc_rt_destroy. */
#include "context.h"

#include "elem_type.h"
#include "libc_decls.h"
#include "memref.h"
#include "status.h"

/* Checks what the generated code promises about its own signature, so that
 * run can trust it. */
static int32_t check_infos(const char *kind, const onnxc_tensor_info *infos,
                           int32_t count, onnxc_status *status) {
  if (count < 0 || (count > 0 && !infos))
    return onnxc_rt_status_set(status, ONNXC_INTERNAL,
                               "model signature: bad %s list", kind);
  for (int32_t i = 0; i < count; ++i) {
    const onnxc_tensor_info *info = &infos[i];
    const char *name = info->name ? info->name : "";
    if (onnxc_rt_elem_size(info->elem_type) == 0)
      return onnxc_rt_status_set(status, ONNXC_INTERNAL,
                                 "model signature: %s '%s' has unsupported "
                                 "element type %d",
                                 kind, name, (int)info->elem_type);
    if (info->rank < 0 || info->rank > ONNXC_MAX_RANK ||
        (info->rank > 0 && !info->dims))
      return onnxc_rt_status_set(status, ONNXC_INTERNAL,
                                 "model signature: %s '%s' has rank %d "
                                 "(supported: 0 to %d)",
                                 kind, name, (int)info->rank, ONNXC_MAX_RANK);
    for (int32_t d = 0; d < info->rank; ++d)
      if (info->dims[d] < -1)
        return onnxc_rt_status_set(
            status, ONNXC_INTERNAL, "model signature: %s '%s' dim %d is %lld",
            kind, name, (int)d, (long long)info->dims[d]);
  }
  return ONNXC_OK;
}

static int32_t check_model(const onnxc_model_desc *model,
                           onnxc_status *status) {
  if (!model || !model->signature || !model->arena_bytes || !model->invoke)
    return onnxc_rt_status_set(status, ONNXC_INTERNAL,
                               "incomplete model descriptor");
  const onnxc_signature *sig = model->signature;
  int32_t code = check_infos("input", sig->inputs, sig->num_inputs, status);
  if (code != ONNXC_OK)
    return code;
  return check_infos("output", sig->outputs, sig->num_outputs, status);
}

/* Word offsets of each descriptor in a back-to-back buffer; returns the
 * total number of words. */
static size_t layout_descs(const onnxc_tensor_info *infos, int32_t count,
                           size_t *offsets) {
  size_t words = 0;
  for (int32_t i = 0; i < count; ++i) {
    offsets[i] = words;
    words += onnxc_rt_memref_words(infos[i].rank);
  }
  return words;
}

int32_t onnxc_rt_create(const onnxc_model_desc *model,
                        const onnxc_options *options, onnxc_context **context,
                        onnxc_status *status) {
  if (!context)
    return onnxc_rt_status_set(status, ONNXC_INVALID_ARGUMENT,
                               "context is NULL");
  *context = NULL;
  int32_t code = check_model(model, status);
  if (code != ONNXC_OK)
    return code;
  const onnxc_signature *sig = model->signature;

  onnxc_context *ctx = calloc(1, sizeof *ctx);
  if (!ctx)
    return onnxc_rt_status_set(status, ONNXC_OUT_OF_MEMORY,
                               "cannot allocate the context");
  ctx->model = model;
  ctx->options.num_threads = options ? options->num_threads : 0;

  /* +1 keeps every size non-zero, so NULL always means failure. */
  size_t num_inputs = (size_t)sig->num_inputs;
  size_t num_outputs = (size_t)sig->num_outputs;
  ctx->input_offsets = calloc(num_inputs + 1, sizeof(size_t));
  ctx->output_offsets = calloc(num_outputs + 1, sizeof(size_t));
  ctx->args = calloc(num_inputs + 3, sizeof(void *));
  ctx->pool = onnxc_rt_pool_create(ctx->options.num_threads);
  if (ctx->input_offsets && ctx->output_offsets) {
    size_t in_words =
        layout_descs(sig->inputs, sig->num_inputs, ctx->input_offsets);
    ctx->output_words =
        layout_descs(sig->outputs, sig->num_outputs, ctx->output_offsets);
    ctx->input_descs = calloc(in_words + 1, sizeof(int64_t));
    ctx->output_descs = calloc(ctx->output_words + 1, sizeof(int64_t));
  }
  if (!ctx->input_offsets || !ctx->output_offsets || !ctx->args || !ctx->pool ||
      !ctx->input_descs || !ctx->output_descs) {
    onnxc_rt_destroy(ctx);
    return onnxc_rt_status_set(status, ONNXC_OUT_OF_MEMORY,
                               "cannot allocate the context");
  }
  *context = ctx;
  return onnxc_rt_status_ok(status);
}

void onnxc_rt_destroy(onnxc_context *context) {
  if (!context)
    return;
  onnxc_rt_pool_destroy(context->pool);
  onnxc_rt_arena_release(&context->arena);
  free(context->args);
  free(context->output_descs);
  free(context->input_descs);
  free(context->output_offsets);
  free(context->input_offsets);
  free(context);
}
