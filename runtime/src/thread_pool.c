/* thread_pool.c - the worker pool behind onnxc_rt_parallel_for.
 *
 * One loop at a time: the caller publishes the loop under the mutex, bumps
 * `generation` and wakes the workers; worker w runs chunk w + 1 (the caller
 * runs chunk 0), and the last one to finish wakes the caller. A worker with
 * no chunk in a loop goes back to sleep. The caller cannot publish the next
 * loop before every worker that had a chunk has finished it, so no worker
 * misses its chunk even if it wakes up late. */
#include "thread_pool.h"

#include "libc_decls.h"
#include "run_checks.h"

struct onnxc_rt_pool {
  onnxc_rt_mutex mutex;
  onnxc_rt_cond wake; /* workers wait here for a new generation */
  onnxc_rt_cond done; /* the caller waits here for pending == 0 */
  onnxc_rt_thread *workers;
  int num_workers;
  int shutdown;
  int busy; /* a loop is running */
  uint64_t generation;
  /* The loop being run. */
  onnxc_rt_parallel_fn fn;
  void *closure;
  int64_t n;
  int64_t chunks;
  int64_t pending; /* worker chunks not yet finished */
  onnxc_rt_run_error run_error;
};

typedef struct worker_arg {
  onnxc_rt_pool *pool;
  int index;
} worker_arg;

/* Chunk k of n iterations split into `chunks` parts, the first n % chunks
 * parts one longer; written so that nothing overflows for any n. */
static void chunk_bounds(int64_t n, int64_t chunks, int64_t k, int64_t *begin,
                         int64_t *end) {
  int64_t base = n / chunks, extra = n % chunks;
  *begin = k * base + (k < extra ? k : extra);
  *end = *begin + base + (k < extra ? 1 : 0);
}

static void *worker_main(void *raw) {
  worker_arg arg = *(worker_arg *)raw;
  onnxc_rt_pool *pool = arg.pool;
  int64_t chunk = (int64_t)arg.index + 1;
  free(raw);

  /* Generation 0 is the pool's state before its first loop; starting from
   * it, rather than from what the pool holds when this thread gets to run,
   * keeps a late-starting worker from skipping the first loop. */
  uint64_t seen = 0;
  pthread_mutex_lock(&pool->mutex);
  for (;;) {
    while (!pool->shutdown && pool->generation == seen)
      pthread_cond_wait(&pool->wake, &pool->mutex);
    if (pool->shutdown)
      break;
    seen = pool->generation;
    if (chunk >= pool->chunks)
      continue;
    onnxc_rt_parallel_fn fn = pool->fn;
    void *closure = pool->closure;
    int64_t begin, end;
    chunk_bounds(pool->n, pool->chunks, chunk, &begin, &end);
    pthread_mutex_unlock(&pool->mutex);
    fn(closure, begin, end);
    pthread_mutex_lock(&pool->mutex);
    if (--pool->pending == 0)
      pthread_cond_signal(&pool->done);
  }
  pthread_mutex_unlock(&pool->mutex);
  return NULL;
}

onnxc_rt_pool *onnxc_rt_pool_create(int threads) {
  if (threads <= 0)
    threads = get_nprocs();
  if (threads <= 0)
    threads = 1;
  onnxc_rt_pool *pool = calloc(1, sizeof *pool);
  if (!pool)
    return NULL;
  if (threads > 1) {
    pool->workers = calloc((size_t)threads - 1, sizeof *pool->workers);
    if (!pool->workers) {
      free(pool);
      return NULL;
    }
  }
  pthread_mutex_init(&pool->mutex, NULL);
  pthread_cond_init(&pool->wake, NULL);
  pthread_cond_init(&pool->done, NULL);
  for (int i = 0; i < threads - 1; ++i) {
    worker_arg *arg = malloc(sizeof *arg);
    if (!arg)
      break;
    arg->pool = pool;
    arg->index = i;
    if (pthread_create(&pool->workers[i], NULL, worker_main, arg) != 0) {
      free(arg);
      break;
    }
    pool->num_workers = i + 1;
  }
  return pool;
}

void onnxc_rt_pool_destroy(onnxc_rt_pool *pool) {
  if (!pool)
    return;
  pthread_mutex_lock(&pool->mutex);
  pool->shutdown = 1;
  pthread_cond_broadcast(&pool->wake);
  pthread_mutex_unlock(&pool->mutex);
  for (int i = 0; i < pool->num_workers; ++i)
    pthread_join(pool->workers[i], NULL);
  pthread_cond_destroy(&pool->done);
  pthread_cond_destroy(&pool->wake);
  pthread_mutex_destroy(&pool->mutex);
  free(pool->workers);
  free(pool);
}

onnxc_rt_run_error *onnxc_rt_pool_run_error(onnxc_rt_pool *pool) {
  return pool ? &pool->run_error : NULL;
}

int onnxc_rt_pool_threads(const onnxc_rt_pool *pool) {
  return pool ? pool->num_workers + 1 : 1;
}

void onnxc_rt_parallel_for(onnxc_rt_pool *pool, int64_t n,
                           onnxc_rt_parallel_fn fn, void *closure) {
  if (n <= 0)
    return;
  int64_t threads = onnxc_rt_pool_threads(pool);
  int64_t chunks = n < threads ? n : threads;
  if (chunks <= 1) {
    fn(closure, 0, n);
    return;
  }

  pthread_mutex_lock(&pool->mutex);
  if (pool->busy) {
    pthread_mutex_unlock(&pool->mutex);
    fn(closure, 0, n);
    return;
  }
  pool->busy = 1;
  pool->fn = fn;
  pool->closure = closure;
  pool->n = n;
  pool->chunks = chunks;
  pool->pending = chunks - 1;
  ++pool->generation;
  pthread_cond_broadcast(&pool->wake);
  pthread_mutex_unlock(&pool->mutex);

  int64_t begin, end;
  chunk_bounds(n, chunks, 0, &begin, &end);
  fn(closure, begin, end);

  pthread_mutex_lock(&pool->mutex);
  while (pool->pending > 0)
    pthread_cond_wait(&pool->done, &pool->mutex);
  pool->busy = 0;
  pthread_mutex_unlock(&pool->mutex);
}
