/* arena.h - the scratch memory a context lends to its model's kernels. */
#ifndef ONNXC_RUNTIME_ARENA_H
#define ONNXC_RUNTIME_ARENA_H

#include <stddef.h>

#include "model_desc.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ONNXC_RT_ARENA_ALIGNMENT 64

typedef struct onnxc_rt_arena {
  void *base;      /* ONNXC_RT_ARENA_ALIGNMENT-aligned, or NULL */
  size_t capacity; /* bytes at base */
} onnxc_rt_arena;

/* Makes the arena hold at least `bytes` bytes (at least one alignment unit,
 * so that base is never NULL after success). Reallocates only when it must
 * grow, and never keeps the old contents. Returns 0 on success, -1 when out
 * of memory (the arena is then empty). */
ONNXC_RT_HIDDEN int onnxc_rt_arena_reserve(onnxc_rt_arena *arena, size_t bytes);

ONNXC_RT_HIDDEN void onnxc_rt_arena_release(onnxc_rt_arena *arena);

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_RUNTIME_ARENA_H */
