/* elem_type.h - sizes and names of onnxc_element_type values. */
#ifndef ONNXC_RUNTIME_ELEM_TYPE_H
#define ONNXC_RUNTIME_ELEM_TYPE_H

#include <stddef.h>

#include "model_desc.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Bytes per element, or 0 for a value that is not an onnxc_element_type. */
ONNXC_RT_HIDDEN size_t onnxc_rt_elem_size(int32_t elem_type);

/* Lower-case ONNX name ("float", "int64", ...), or NULL for a value that is
 * not an onnxc_element_type. */
ONNXC_RT_HIDDEN const char *onnxc_rt_elem_name(int32_t elem_type);

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_RUNTIME_ELEM_TYPE_H */
