/* run_checks.c - the record of a run's first data error (run_checks.h). */
#include "run_checks.h"

#include "libc_decls.h"
#include "status.h"

/* Records an error unless one already is: the first one wins, also when
 * several threads report at once. */
static void record(onnxc_rt_run_error *error, const char *where,
                   int relation, int64_t value, int64_t low, int64_t high) {
  int expected = 0;
  if (!__atomic_compare_exchange_n(&error->set, &expected, 2, 0,
                                   __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
    return;
  error->where = where;
  error->relation = relation;
  error->index = value;
  error->low = low;
  error->high = high;
  __atomic_store_n(&error->set, 1, __ATOMIC_RELEASE);
}

void onnxc_rt_index_error(onnxc_rt_pool *pool, const char *where,
                          int64_t index, int64_t low, int64_t high) {
  onnxc_rt_run_error *error = onnxc_rt_pool_run_error(pool);
  if (error)
    record(error, where, ONNXC_RT_OUT_OF_RANGE, index, low, high);
}

void onnxc_rt_shape_error(onnxc_rt_pool *pool, const char *where,
                          int32_t relation, int64_t size, int64_t expected) {
  onnxc_rt_run_error *error = onnxc_rt_pool_run_error(pool);
  if (!error)
    return;
  if (relation < ONNXC_RT_SIZE_MISMATCH || relation > ONNXC_RT_SIZE_BELOW)
    relation = ONNXC_RT_SIZE_MISMATCH;
  record(error, where, relation, size, expected, expected);
  /* Shape checks run on the thread that called invoke, between kernels. */
  if (error->armed)
    longjmp(error->abort_point, 1);
}

void onnxc_rt_run_invoke(onnxc_rt_pool *pool, onnxc_packed_fn invoke,
                         void **args) {
  onnxc_rt_run_error *error = onnxc_rt_pool_run_error(pool);
  if (!error) {
    invoke(args);
    return;
  }
  /* Nothing this frame keeps changes between _setjmp and a jump back. */
  if (_setjmp(error->abort_point) == 0) {
    error->armed = 1;
    invoke(args);
  }
  error->armed = 0;
}

void onnxc_rt_run_error_clear(onnxc_rt_pool *pool) {
  onnxc_rt_run_error *error = onnxc_rt_pool_run_error(pool);
  if (error)
    __atomic_store_n(&error->set, 0, __ATOMIC_RELEASE);
}

int32_t onnxc_rt_run_error_status(onnxc_rt_pool *pool, onnxc_status *status) {
  onnxc_rt_run_error *error = onnxc_rt_pool_run_error(pool);
  /* The kernel has returned, so every report is complete (set == 1). */
  if (!error || __atomic_load_n(&error->set, __ATOMIC_ACQUIRE) == 0)
    return ONNXC_OK;
  const char *where = error->where ? error->where : "an indexing operator";
  switch (error->relation) {
  case ONNXC_RT_SIZE_MISMATCH:
    return onnxc_rt_status_set(status, ONNXC_INVALID_ARGUMENT,
                               "%s %lld does not match %lld", where,
                               (long long)error->index, (long long)error->low);
  case ONNXC_RT_SIZE_EXCEEDS:
    return onnxc_rt_status_set(status, ONNXC_INVALID_ARGUMENT,
                               "%s %lld exceeds %lld", where,
                               (long long)error->index, (long long)error->low);
  case ONNXC_RT_SIZE_BELOW:
    return onnxc_rt_status_set(status, ONNXC_INVALID_ARGUMENT,
                               "%s %lld is below %lld", where,
                               (long long)error->index, (long long)error->low);
  default:
    return onnxc_rt_status_set(
        status, ONNXC_INVALID_ARGUMENT, "%s %lld is out of range [%lld, %lld]",
        where, (long long)error->index, (long long)error->low,
        (long long)error->high);
  }
}
