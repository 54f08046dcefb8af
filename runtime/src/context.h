/* context.h - what an onnxc_context holds. Internal to the runtime (and its
 * unit tests). Everything run needs is allocated by create, except the arena,
 * which grows on the first run that needs more; a run of a size seen before
 * allocates nothing. */
#ifndef ONNXC_RUNTIME_CONTEXT_H
#define ONNXC_RUNTIME_CONTEXT_H

#include <stddef.h>

#include "arena.h"
#include "model_desc.h"
#include "thread_pool.h"

#ifdef __cplusplus
extern "C" {
#endif

struct onnxc_context {
  const onnxc_model_desc *model;
  onnxc_options options; /* as given to create; all zero for NULL */
  onnxc_rt_pool *pool;
  onnxc_rt_arena arena;
  int64_t *input_descs;  /* descriptors of all inputs, back to back */
  size_t *input_offsets; /* word offset of input i in input_descs */
  int64_t *output_descs; /* what invoke writes: all outputs back to back */
  size_t output_words;
  size_t *output_offsets; /* word offset of output k in output_descs */
  int64_t arena_desc[5];  /* rank-1 i8 memref of the arena */
  int64_t arena_bytes;    /* what arena_bytes returned for this run */
  void **args;            /* packed arguments, 3 + num_inputs entries */
};

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_RUNTIME_CONTEXT_H */
