/* memref.h - MLIR's ranked memref descriptor, as model_desc.h lays it out:
 *   { void *allocated; void *aligned; int64_t offset;
 *     int64_t sizes[rank]; int64_t strides[rank]; }
 * Descriptors live in 8-byte-aligned word buffers that the context allocates
 * once; these helpers give typed access to them. */
#ifndef ONNXC_RUNTIME_MEMREF_H
#define ONNXC_RUNTIME_MEMREF_H

#include <stddef.h>

#include "model_desc.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct onnxc_rt_memref_header {
  void *allocated;
  void *aligned;
  int64_t offset;
} onnxc_rt_memref_header;

#ifndef __cplusplus
_Static_assert(sizeof(onnxc_rt_memref_header) == 3 * sizeof(int64_t),
               "memref header must be three 8-byte words");
#endif

/* Words of a rank-`rank` descriptor. */
static inline size_t onnxc_rt_memref_words(int32_t rank) {
  return 3 + 2 * (size_t)rank;
}

static inline onnxc_rt_memref_header *onnxc_rt_memref_at(int64_t *words) {
  return (onnxc_rt_memref_header *)words;
}

static inline int64_t *onnxc_rt_memref_sizes(int64_t *words) {
  return words + 3;
}

static inline int64_t *onnxc_rt_memref_strides(int64_t *words, int32_t rank) {
  return words + 3 + rank;
}

/* Describes dense row-major `data` of the given dims. */
ONNXC_RT_HIDDEN void onnxc_rt_memref_set_dense(int64_t *words, void *data,
                                               int32_t rank,
                                               const int64_t *dims);

/* Whether the descriptor is dense row-major (strides of size-1 dims are
 * ignored) with no negative size. */
ONNXC_RT_HIDDEN int onnxc_rt_memref_is_dense(int64_t *words, int32_t rank);

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_RUNTIME_MEMREF_H */
