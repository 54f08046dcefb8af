/* onnxc.h - the C ABI shared by every library that onnxc compiles.
 *
 * A compiled model exports, for its prefix P (onnxc's --name):
 *   const onnxc_signature *P_signature(void);
 *   int32_t P_create(const onnxc_options *options, onnxc_context **context,
 *                    onnxc_status *status);
 *   int32_t P_run(onnxc_context *context, const onnxc_tensor *inputs,
 *                 int32_t num_inputs, onnxc_tensor *outputs,
 *                 int32_t num_outputs, onnxc_status *status);
 *   void P_destroy(onnxc_context *context);
 *   extern const onnxc_model_api P_onnxc_api;   (the same four, as a table)
 * The generated P.h declares them. This header has no dependencies beyond
 * <stdint.h>; generated headers embed it under the same include guard. */
#ifndef ONNXC_H
#define ONNXC_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ONNXC_ABI_VERSION 1
#define ONNXC_MAX_RANK 8

/* Status codes returned by create and run. */
typedef enum onnxc_status_code {
  ONNXC_OK = 0,
  ONNXC_INVALID_ARGUMENT = 1, /* wrong input count, type, rank or dims */
  ONNXC_OUT_OF_MEMORY = 2,
  ONNXC_INTERNAL = 3,
} onnxc_status_code;

/* Filled by create/run when the caller passes one; message is
 * NUL-terminated and empty on success. */
typedef struct onnxc_status {
  int32_t code;
  char message[256];
} onnxc_status;

/* Element types use ONNX TensorProto.DataType numbering. */
typedef enum onnxc_element_type {
  ONNXC_FLOAT = 1,
  ONNXC_UINT8 = 2,
  ONNXC_INT8 = 3,
  ONNXC_UINT16 = 4,
  ONNXC_INT16 = 5,
  ONNXC_INT32 = 6,
  ONNXC_INT64 = 7,
  ONNXC_BOOL = 9,
  ONNXC_FLOAT16 = 10,
  ONNXC_DOUBLE = 11,
  ONNXC_UINT32 = 12,
  ONNXC_UINT64 = 13,
  ONNXC_BFLOAT16 = 16,
} onnxc_element_type;

/* One input or output of the model as exported. dims[i] == -1 marks a
 * dynamic dimension, named by dim_names[i] (NULL for static dims or an
 * unnamed dynamic one). Inputs sharing a dim name must agree at run time. */
typedef struct onnxc_tensor_info {
  const char *name;
  int32_t elem_type;
  int32_t rank;
  const int64_t *dims;
  const char *const *dim_names;
} onnxc_tensor_info;

typedef struct onnxc_signature {
  const char *model_name;
  int32_t num_inputs;
  const onnxc_tensor_info *inputs;
  int32_t num_outputs;
  const onnxc_tensor_info *outputs;
} onnxc_signature;

/* A dense row-major tensor. For inputs the caller fills every field; for
 * outputs run fills every field and data points into memory owned by the
 * context, valid until the next run on it or its destruction. */
typedef struct onnxc_tensor {
  int32_t elem_type;
  int32_t rank;
  int64_t dims[ONNXC_MAX_RANK];
  void *data;
} onnxc_tensor;

/* Options for create; NULL means defaults. num_threads <= 0 means one per
 * available core. */
typedef struct onnxc_options {
  int32_t num_threads;
} onnxc_options;

typedef struct onnxc_context onnxc_context;

/* The entry points of one model as a table, so that a generic host (such as
 * onnxc-run) can drive any compiled library through dlsym of one symbol. */
typedef struct onnxc_model_api {
  uint32_t abi_version;
  const onnxc_signature *(*signature)(void);
  int32_t (*create)(const onnxc_options *, onnxc_context **, onnxc_status *);
  int32_t (*run)(onnxc_context *, const onnxc_tensor *, int32_t,
                 onnxc_tensor *, int32_t, onnxc_status *);
  void (*destroy)(onnxc_context *);
} onnxc_model_api;

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_H */
