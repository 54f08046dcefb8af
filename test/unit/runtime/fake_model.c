/* fake_model.c - what onnxc generates for a model, written by hand: a
 * signature, two kernels in the packed calling convention of model_desc.h,
 * the descriptor, the four exported thunks and the API table. The kernels
 * spell the memref layout out with their own structs rather than the
 * runtime's helpers, so the tests check the runtime against the contract.
 *
 * Built into the unit tests (with the host runtime) and, by the onnxc-run
 * tests, into fake_model.so with clang + ld.lld + onnxc_runtime.o + the libc
 * stubs, the way codegen links a model. */
#include "fake_model.h"

#include "runtime/src/run_checks.h"
#include "runtime/src/thread_pool.h"

#define FAKE_EXPORT __attribute__((visibility("default")))

typedef struct memref0 {
  void *allocated, *aligned;
  int64_t offset;
} memref0;

typedef struct memref1 {
  void *allocated, *aligned;
  int64_t offset, sizes[1], strides[1];
} memref1;

typedef struct memref2 {
  void *allocated, *aligned;
  int64_t offset, sizes[2], strides[2];
} memref2;

/* All outputs, back to back, as invoke's args[0] points at them. */
typedef struct fake_outputs {
  memref2 y;
  memref0 sum;
  memref1 ids;
} fake_outputs;

static const int64_t x_dims[] = {-1, 3};
static const char *const x_dim_names[] = {"batch", 0};
static const int64_t ids_dims[] = {-1};
static const char *const ids_dim_names[] = {"batch"};

static const onnxc_tensor_info inputs[] = {
    {"x", ONNXC_FLOAT, 2, x_dims, x_dim_names},
    {"ids", ONNXC_INT64, 1, ids_dims, ids_dim_names},
};
static const onnxc_tensor_info outputs[] = {
    {"y", ONNXC_FLOAT, 2, x_dims, x_dim_names},
    {"sum", ONNXC_FLOAT, 0, 0, 0},
    {"ids", ONNXC_INT64, 1, ids_dims, ids_dim_names},
};
static const onnxc_signature signature = {"fake", 2, inputs, 3, outputs};

int64_t fake_model_arena_bytes_calls;
int64_t fake_model_invoke_calls;
int64_t fake_model_invoke_completions;
void *fake_model_last_pool;

/* y starts one cache line into the arena, so that the runtime must honour
 * the descriptor's offset; sum follows y on the next cache line. */
static int64_t sum_byte_offset(int64_t batch) {
  return 64 + (batch * 3 * 4 + 63) / 64 * 64;
}

static void arena_bytes(void **args) {
  int64_t *result = (int64_t *)args[0];
  const memref2 *x = (const memref2 *)args[1];
  __atomic_fetch_add(&fake_model_arena_bytes_calls, 1, __ATOMIC_RELAXED);
  *result = sum_byte_offset(x->sizes[0]) + 4;
}

/* y = x + 1 for rows [begin, end), as a parallel loop of generated code. */
typedef struct add_one_closure {
  const memref2 *x;
  float *ys;
} add_one_closure;

static void add_one_rows(void *closure, int64_t begin, int64_t end) {
  const add_one_closure *c = (const add_one_closure *)closure;
  const float *xs = (const float *)c->x->aligned + c->x->offset;
  for (int64_t i = begin; i < end; ++i)
    for (int64_t j = 0; j < 3; ++j)
      c->ys[i * 3 + j] = xs[i * c->x->strides[0] + j * c->x->strides[1]] + 1;
}

static void invoke(void **args) {
  fake_outputs *out = (fake_outputs *)args[0];
  const memref2 *x = (const memref2 *)args[1];
  const memref1 *ids = (const memref1 *)args[2];
  const memref1 *arena = (const memref1 *)args[3];
  onnxc_rt_pool *pool = (onnxc_rt_pool *)args[4];
  __atomic_store_n(&fake_model_last_pool, (void *)pool, __ATOMIC_RELAXED);
  char *base = (char *)arena->aligned + arena->offset;
  int64_t batch = x->sizes[0];
  const float *xs = (const float *)x->aligned + x->offset;
  __atomic_fetch_add(&fake_model_invoke_calls, 1, __ATOMIC_RELAXED);

  /* A size the model cannot take, as generated code checks one before the
   * op that depends on it: the run ends here. */
  if (batch > FAKE_MODEL_MAX_BATCH)
    onnxc_rt_shape_error(pool, "node 'fake': a dim of size", ONNXC_RT_SIZE_MISMATCH,
                         batch, FAKE_MODEL_MAX_BATCH);
  __atomic_fetch_add(&fake_model_invoke_completions, 1, __ATOMIC_RELAXED);

  out->y.allocated = out->y.aligned = base;
  out->y.offset = 16; /* 64 bytes of floats */
  out->y.sizes[0] = batch;
  out->y.sizes[1] = 3;
  out->y.strides[0] = 3;
  out->y.strides[1] = 1;
  float *ys = (float *)base + out->y.offset;
  add_one_closure closure = {x, ys};
  onnxc_rt_parallel_for(pool, batch, add_one_rows, &closure);

  float *sum = (float *)(base + sum_byte_offset(batch));
  *sum = 0;
  for (int64_t i = 0; i < batch; ++i)
    for (int64_t j = 0; j < 3; ++j)
      *sum += xs[i * x->strides[0] + j * x->strides[1]];
  out->sum.allocated = out->sum.aligned = sum;
  out->sum.offset = 0;

  /* The ids index a table of FAKE_MODEL_TABLE_ROWS rows, as an embedding's
   * token ids do; generated code checks each one, as here. */
  const int64_t *id = (const int64_t *)ids->aligned + ids->offset;
  for (int64_t i = 0; i < ids->sizes[0]; ++i)
    if (id[i * ids->strides[0]] < -FAKE_MODEL_TABLE_ROWS ||
        id[i * ids->strides[0]] >= FAKE_MODEL_TABLE_ROWS)
      onnxc_rt_index_error(pool, "node 'table' (Gather, opset 13): indices element",
                           id[i * ids->strides[0]], -FAKE_MODEL_TABLE_ROWS,
                           FAKE_MODEL_TABLE_ROWS - 1);
  out->ids = *ids;
}

const onnxc_model_desc fake_model_desc = {&signature, arena_bytes, invoke};

FAKE_EXPORT const onnxc_signature *fake_signature(void) { return &signature; }

FAKE_EXPORT int32_t fake_create(const onnxc_options *options,
                                onnxc_context **context, onnxc_status *status) {
  return onnxc_rt_create(&fake_model_desc, options, context, status);
}

FAKE_EXPORT int32_t fake_run(onnxc_context *context, const onnxc_tensor *inputs,
                             int32_t num_inputs, onnxc_tensor *outputs,
                             int32_t num_outputs, onnxc_status *status) {
  return onnxc_rt_run(context, inputs, num_inputs, outputs, num_outputs,
                      status);
}

FAKE_EXPORT void fake_destroy(onnxc_context *context) {
  onnxc_rt_destroy(context);
}

FAKE_EXPORT const onnxc_model_api fake_onnxc_api = {
    ONNXC_ABI_VERSION, fake_signature, fake_create, fake_run, fake_destroy};
