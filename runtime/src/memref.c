/* memref.c - building and checking memref descriptors. */
#include "memref.h"

void onnxc_rt_memref_set_dense(int64_t *words, void *data, int32_t rank,
                               const int64_t *dims) {
  onnxc_rt_memref_header *header = onnxc_rt_memref_at(words);
  int64_t *sizes = onnxc_rt_memref_sizes(words);
  int64_t *strides = onnxc_rt_memref_strides(words, rank);
  header->allocated = data;
  header->aligned = data;
  header->offset = 0;
  int64_t stride = 1;
  for (int32_t d = rank - 1; d >= 0; --d) {
    sizes[d] = dims[d];
    strides[d] = stride;
    stride *= dims[d];
  }
}

int onnxc_rt_memref_is_dense(int64_t *words, int32_t rank) {
  const int64_t *sizes = onnxc_rt_memref_sizes(words);
  const int64_t *strides = onnxc_rt_memref_strides(words, rank);
  int empty = 0;
  for (int32_t d = 0; d < rank; ++d) {
    if (sizes[d] < 0)
      return 0;
    empty |= sizes[d] == 0;
  }
  if (empty)
    return 1; /* no element to address: any strides will do */
  int64_t expected = 1;
  for (int32_t d = rank - 1; d >= 0; --d) {
    if (sizes[d] > 1 && strides[d] != expected)
      return 0;
    if (expected > INT64_MAX / sizes[d])
      return 0;
    expected *= sizes[d];
  }
  return 1;
}
