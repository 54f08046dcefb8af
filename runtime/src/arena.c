/* arena.c - a grow-only, 64-byte-aligned buffer. */
#include "arena.h"

#include "libc_decls.h"

int onnxc_rt_arena_reserve(onnxc_rt_arena *arena, size_t bytes) {
  const size_t align = ONNXC_RT_ARENA_ALIGNMENT;
  if (bytes < align)
    bytes = align;
  if (bytes <= arena->capacity)
    return 0;
  if (bytes > (size_t)-1 - (align - 1))
    return -1;
  bytes = (bytes + align - 1) / align * align;
  /* The old contents are dead between runs: free first to lower the peak. */
  onnxc_rt_arena_release(arena);
  arena->base = aligned_alloc(align, bytes);
  if (!arena->base)
    return -1;
  arena->capacity = bytes;
  return 0;
}

void onnxc_rt_arena_release(onnxc_rt_arena *arena) {
  free(arena->base);
  arena->base = NULL;
  arena->capacity = 0;
}
