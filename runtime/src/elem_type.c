/* elem_type.c - the element type table. */
#include "elem_type.h"

size_t onnxc_rt_elem_size(int32_t elem_type) {
  switch (elem_type) {
  case ONNXC_UINT8:
  case ONNXC_INT8:
  case ONNXC_BOOL:
    return 1;
  case ONNXC_UINT16:
  case ONNXC_INT16:
  case ONNXC_FLOAT16:
  case ONNXC_BFLOAT16:
    return 2;
  case ONNXC_FLOAT:
  case ONNXC_INT32:
  case ONNXC_UINT32:
    return 4;
  case ONNXC_INT64:
  case ONNXC_DOUBLE:
  case ONNXC_UINT64:
    return 8;
  default:
    return 0;
  }
}

const char *onnxc_rt_elem_name(int32_t elem_type) {
  switch (elem_type) {
  case ONNXC_FLOAT:
    return "float";
  case ONNXC_UINT8:
    return "uint8";
  case ONNXC_INT8:
    return "int8";
  case ONNXC_UINT16:
    return "uint16";
  case ONNXC_INT16:
    return "int16";
  case ONNXC_INT32:
    return "int32";
  case ONNXC_INT64:
    return "int64";
  case ONNXC_BOOL:
    return "bool";
  case ONNXC_FLOAT16:
    return "float16";
  case ONNXC_DOUBLE:
    return "double";
  case ONNXC_UINT32:
    return "uint32";
  case ONNXC_UINT64:
    return "uint64";
  case ONNXC_BFLOAT16:
    return "bfloat16";
  default:
    return NULL;
  }
}
