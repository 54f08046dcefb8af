//===- ThreadPoolTest.cpp - onnxc_rt_parallel_for -------------------------===//
#include "runtime/src/thread_pool.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <limits>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <utility>
#include <vector>

namespace {

struct PoolDeleter {
  void operator()(onnxc_rt_pool *pool) const { onnxc_rt_pool_destroy(pool); }
};
using Pool = std::unique_ptr<onnxc_rt_pool, PoolDeleter>;

/// Records every chunk a loop hands out, and optionally counts each index.
struct Recorder {
  std::mutex mutex;
  std::vector<std::pair<int64_t, int64_t>> chunks;
  std::set<std::thread::id> threads;
  std::vector<std::atomic<int>> hits;
  explicit Recorder(size_t n = 0) : hits(n) {}

  static void fn(void *closure, int64_t begin, int64_t end) {
    auto *self = static_cast<Recorder *>(closure);
    for (int64_t i = begin; i < end && !self->hits.empty(); ++i)
      self->hits[static_cast<size_t>(i)].fetch_add(1);
    std::lock_guard<std::mutex> lock(self->mutex);
    self->chunks.emplace_back(begin, end);
    self->threads.insert(std::this_thread::get_id());
  }

  /// Chunks are non-empty and tile [0, n) exactly.
  void expectTiles(int64_t n) {
    std::sort(chunks.begin(), chunks.end());
    int64_t next = 0;
    for (auto [begin, end] : chunks) {
      EXPECT_EQ(begin, next);
      EXPECT_LT(begin, end);
      next = end;
    }
    EXPECT_EQ(next, n);
  }
};

class ParallelForTest
    : public ::testing::TestWithParam<std::tuple<int, int64_t>> {};

TEST_P(ParallelForTest, CoversEveryIndexOnce) {
  auto [threads, n] = GetParam();
  Pool pool(onnxc_rt_pool_create(threads));
  ASSERT_NE(pool, nullptr);
  ASSERT_EQ(onnxc_rt_pool_threads(pool.get()), threads);

  Recorder recorder(static_cast<size_t>(n));
  onnxc_rt_parallel_for(pool.get(), n, Recorder::fn, &recorder);
  for (int64_t i = 0; i < n; ++i)
    ASSERT_EQ(recorder.hits[static_cast<size_t>(i)].load(), 1) << i;
  recorder.expectTiles(n);
  size_t expectedChunks = static_cast<size_t>(std::min<int64_t>(n, threads));
  EXPECT_EQ(recorder.chunks.size(), expectedChunks);
  // Each chunk runs on its own thread, the caller's included.
  EXPECT_EQ(recorder.threads.size(), expectedChunks);
  if (n > 0) {
    EXPECT_EQ(recorder.threads.count(std::this_thread::get_id()), 1u);
  }
}

INSTANTIATE_TEST_SUITE_P(ThreadsAndSizes, ParallelForTest,
                         ::testing::Combine(::testing::Values(1, 2, 4),
                                            ::testing::Values<int64_t>(
                                                0, 1, 2, 3, 5, 1000, 1 << 20)));

TEST(ThreadPoolTest, ChunksAreBalanced) {
  Pool pool(onnxc_rt_pool_create(4));
  Recorder recorder;
  onnxc_rt_parallel_for(pool.get(), 10, Recorder::fn, &recorder);
  recorder.expectTiles(10);
  for (auto [begin, end] : recorder.chunks)
    EXPECT_TRUE(end - begin == 2 || end - begin == 3);
}

TEST(ThreadPoolTest, HugeRangeDoesNotOverflow) {
  const int64_t n = std::numeric_limits<int64_t>::max();
  for (int threads : {2, 3, 4}) {
    Pool pool(onnxc_rt_pool_create(threads));
    Recorder recorder; // bounds only: no index is visited
    onnxc_rt_parallel_for(pool.get(), n, Recorder::fn, &recorder);
    EXPECT_EQ(recorder.chunks.size(), static_cast<size_t>(threads));
    recorder.expectTiles(n);
  }
}

TEST(ThreadPoolTest, NegativeCountCallsNothing) {
  Pool pool(onnxc_rt_pool_create(2));
  Recorder recorder;
  onnxc_rt_parallel_for(pool.get(), -5, Recorder::fn, &recorder);
  EXPECT_TRUE(recorder.chunks.empty());
}

TEST(ThreadPoolTest, NullPoolRunsOnCaller) {
  EXPECT_EQ(onnxc_rt_pool_threads(nullptr), 1);
  Recorder recorder(100);
  onnxc_rt_parallel_for(nullptr, 100, Recorder::fn, &recorder);
  ASSERT_EQ(recorder.chunks.size(), 1u);
  EXPECT_EQ(recorder.chunks[0].first, 0);
  EXPECT_EQ(recorder.chunks[0].second, 100);
  onnxc_rt_pool_destroy(nullptr);
}

TEST(ThreadPoolTest, DefaultSizeIsOnePerCpu) {
  int cpus = static_cast<int>(std::thread::hardware_concurrency());
  for (int threads : {0, -1}) {
    Pool pool(onnxc_rt_pool_create(threads));
    if (cpus > 0) {
      EXPECT_EQ(onnxc_rt_pool_threads(pool.get()), cpus);
    }
  }
}

// A loop started from inside a loop of the same pool runs on the calling
// worker instead of deadlocking.
TEST(ThreadPoolTest, NestedLoopRunsInline) {
  Pool pool(onnxc_rt_pool_create(4));
  struct Outer {
    onnxc_rt_pool *pool;
    std::vector<std::atomic<int>> hits = std::vector<std::atomic<int>>(64);
  } outer{pool.get()};
  onnxc_rt_parallel_for(
      pool.get(), 8,
      [](void *closure, int64_t begin, int64_t end) {
        auto *o = static_cast<Outer *>(closure);
        for (int64_t i = begin; i < end; ++i) {
          struct Inner {
            Outer *outer;
            int64_t row;
          } inner{o, i};
          onnxc_rt_parallel_for(
              o->pool, 8,
              [](void *c, int64_t b, int64_t e) {
                auto *in = static_cast<Inner *>(c);
                for (int64_t j = b; j < e; ++j)
                  in->outer->hits[static_cast<size_t>(in->row * 8 + j)]++;
              },
              &inner);
        }
      },
      &outer);
  for (auto &hit : outer.hits)
    EXPECT_EQ(hit.load(), 1);
}

// Many short loops in a row: no lost wake-up, no worker left behind.
TEST(ThreadPoolTest, ManyLoopsInARow) {
  for (int threads : {2, 4}) {
    Pool pool(onnxc_rt_pool_create(threads));
    std::atomic<int64_t> total{0};
    for (int64_t loop = 0; loop < 2000; ++loop)
      onnxc_rt_parallel_for(
          pool.get(), 1 + loop % 7,
          [](void *closure, int64_t begin, int64_t end) {
            static_cast<std::atomic<int64_t> *>(closure)->fetch_add(end -
                                                                    begin);
          },
          &total);
    int64_t expected = 0;
    for (int64_t loop = 0; loop < 2000; ++loop)
      expected += 1 + loop % 7;
    EXPECT_EQ(total.load(), expected);
  }
}

// The loop is only known done once every chunk has returned.
TEST(ThreadPoolTest, ReturnsAfterAllChunks) {
  Pool pool(onnxc_rt_pool_create(4));
  std::atomic<int> done{0};
  onnxc_rt_parallel_for(
      pool.get(), 4,
      [](void *closure, int64_t, int64_t) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        static_cast<std::atomic<int> *>(closure)->fetch_add(1);
      },
      &done);
  EXPECT_EQ(done.load(), 4);
}

TEST(ThreadPoolTest, CreateAndDestroyWithoutLoops) {
  for (int i = 0; i < 20; ++i)
    onnxc_rt_pool_destroy(onnxc_rt_pool_create(4));
}

} // namespace
