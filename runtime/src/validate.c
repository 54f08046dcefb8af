/* validate.c - input validation. Every message starts with the input's name
 * as the signature spells it, so users can tell which tensor is wrong. */
#include "validate.h"

#include "elem_type.h"
#include "libc_decls.h"
#include "status.h"

static const char *name_of(const onnxc_tensor_info *info) {
  return info->name ? info->name : "";
}

static const char *dim_name_of(const onnxc_tensor_info *info, int32_t d) {
  if (info->dims[d] != -1 || !info->dim_names || !info->dim_names[d])
    return NULL;
  return info->dim_names[d][0] ? info->dim_names[d] : NULL;
}

#define INVALID(...)                                                           \
  onnxc_rt_status_set(status, ONNXC_INVALID_ARGUMENT, __VA_ARGS__)

static int32_t check_input(const onnxc_tensor_info *info,
                           const onnxc_tensor *tensor, onnxc_status *status) {
  const char *name = name_of(info);
  size_t elem_size = onnxc_rt_elem_size(tensor->elem_type);
  if (elem_size == 0)
    return INVALID("input '%s': unknown element type %d", name,
                   (int)tensor->elem_type);
  if (tensor->elem_type != info->elem_type)
    return INVALID("input '%s': expected element type %s, got %s", name,
                   onnxc_rt_elem_name(info->elem_type),
                   onnxc_rt_elem_name(tensor->elem_type));
  if (tensor->rank != info->rank)
    return INVALID("input '%s': expected rank %d, got %d", name,
                   (int)info->rank, (int)tensor->rank);

  int64_t bytes = (int64_t)elem_size;
  for (int32_t d = 0; d < info->rank; ++d) {
    int64_t dim = tensor->dims[d];
    if (info->dims[d] >= 0 && dim != info->dims[d])
      return INVALID("input '%s' dim %d: expected %lld, got %lld", name, (int)d,
                     (long long)info->dims[d], (long long)dim);
    if (info->dims[d] < 0 && dim < 1) {
      const char *dim_name = dim_name_of(info, d);
      if (dim_name)
        return INVALID("input '%s' dim %d ('%s'): expected a size >= 1, "
                       "got %lld",
                       name, (int)d, dim_name, (long long)dim);
      return INVALID("input '%s' dim %d: expected a size >= 1, got %lld", name,
                     (int)d, (long long)dim);
    }
    if (dim > 0 && bytes > INT64_MAX / dim)
      return INVALID("input '%s': dims too large (the size in bytes "
                     "overflows int64)",
                     name);
    bytes *= dim;
  }
  if (!tensor->data)
    return INVALID("input '%s': data is NULL", name);
  return ONNXC_OK;
}

/* The first dim named `dim_name` among the inputs, in input then dim order;
 * the search stops at input i dim d, which has that name. */
static void first_dim_named(const onnxc_signature *sig, const char *dim_name,
                            int32_t i, int32_t d, int32_t *first_input,
                            int32_t *first_dim) {
  for (int32_t j = 0; j <= i; ++j) {
    int32_t end = j == i ? d : sig->inputs[j].rank;
    for (int32_t e = 0; e < end; ++e) {
      const char *other = dim_name_of(&sig->inputs[j], e);
      if (other && strcmp(other, dim_name) == 0) {
        *first_input = j;
        *first_dim = e;
        return;
      }
    }
  }
  *first_input = i;
  *first_dim = d;
}

/* Inputs sharing a dim name must agree: each named dynamic dim is compared
 * with the first dim of that name. */
static int32_t check_dim_names(const onnxc_signature *sig,
                               const onnxc_tensor *inputs,
                               onnxc_status *status) {
  for (int32_t i = 0; i < sig->num_inputs; ++i) {
    const onnxc_tensor_info *info = &sig->inputs[i];
    for (int32_t d = 0; d < info->rank; ++d) {
      const char *dim_name = dim_name_of(info, d);
      if (!dim_name)
        continue;
      int32_t j, e;
      first_dim_named(sig, dim_name, i, d, &j, &e);
      if (inputs[j].dims[e] != inputs[i].dims[d])
        return INVALID("input '%s' dim %d ('%s'): expected %lld as in "
                       "input '%s' dim %d, got %lld",
                       name_of(info), (int)d, dim_name,
                       (long long)inputs[j].dims[e], name_of(&sig->inputs[j]),
                       (int)e, (long long)inputs[i].dims[d]);
    }
  }
  return ONNXC_OK;
}

int32_t onnxc_rt_validate_inputs(const onnxc_signature *sig,
                                 const onnxc_tensor *inputs, int32_t num_inputs,
                                 onnxc_status *status) {
  if (num_inputs != sig->num_inputs)
    return INVALID("expected %d inputs, got %d", (int)sig->num_inputs,
                   (int)num_inputs);
  if (num_inputs > 0 && !inputs)
    return INVALID("inputs is NULL");
  for (int32_t i = 0; i < num_inputs; ++i) {
    int32_t code = check_input(&sig->inputs[i], &inputs[i], status);
    if (code != ONNXC_OK)
      return code;
  }
  return check_dim_names(sig, inputs, status);
}
