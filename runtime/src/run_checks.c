/* run_checks.c - the record of a run's first data error (run_checks.h). */
#include "run_checks.h"

#include "status.h"

void onnxc_rt_index_error(onnxc_rt_pool *pool, const char *where,
                          int64_t index, int64_t low, int64_t high) {
  onnxc_rt_run_error *error = onnxc_rt_pool_run_error(pool);
  if (!error)
    return;
  /* Claim the record; later reports (or a racing thread) leave it alone. */
  int expected = 0;
  if (!__atomic_compare_exchange_n(&error->set, &expected, 2, 0,
                                   __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
    return;
  error->where = where;
  error->index = index;
  error->low = low;
  error->high = high;
  __atomic_store_n(&error->set, 1, __ATOMIC_RELEASE);
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
  return onnxc_rt_status_set(
      status, ONNXC_INVALID_ARGUMENT,
      "%s %lld is out of range [%lld, %lld]",
      error->where ? error->where : "an indexing operator",
      (long long)error->index, (long long)error->low, (long long)error->high);
}
