//===- RunTest.cpp - onnxc_rt_create / run / destroy ----------------------===//
//
// Drives the runtime through the fake model's exported API table, as an
// application would, and checks results, every validation error and the
// arena's reuse.
//
//===----------------------------------------------------------------------===//
#include "fake_model.h"

#include "runtime/src/context.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <thread>
#include <vector>

namespace {

const onnxc_model_api &api = fake_onnxc_api;

/// Inputs of the fake model for one batch size: x[i][j] = i * 3 + j,
/// ids[i] = 100 + i.
struct FakeInputs {
  explicit FakeInputs(int64_t batch) : x(batch * 3), ids(batch) {
    for (int64_t i = 0; i < batch * 3; ++i)
      x[i] = static_cast<float>(i);
    for (int64_t i = 0; i < batch; ++i)
      ids[i] = 100 + i;
    tensors[0] = onnxc_tensor{ONNXC_FLOAT, 2, {batch, 3}, x.data()};
    tensors[1] = onnxc_tensor{ONNXC_INT64, 1, {batch}, ids.data()};
  }
  std::vector<float> x;
  std::vector<int64_t> ids;
  onnxc_tensor tensors[2];
};

class RunTest : public ::testing::Test {
protected:
  void SetUp() override {
    onnxc_options options{1};
    ASSERT_EQ(api.create(&options, &context, &status), ONNXC_OK)
        << status.message;
    EXPECT_STREQ(status.message, "");
  }
  void TearDown() override { api.destroy(context); }

  int32_t run(const onnxc_tensor *inputs, int32_t numInputs = 2,
              int32_t numOutputs = 3) {
    return api.run(context, inputs, numInputs, outputs, numOutputs, &status);
  }

  /// Runs with `inputs` and expects ONNXC_INVALID_ARGUMENT with `message`
  /// and no kernel call.
  void expectInvalid(const onnxc_tensor *inputs, const std::string &message,
                     int32_t numInputs = 2, int32_t numOutputs = 3) {
    int64_t before = fake_model_arena_bytes_calls + fake_model_invoke_calls;
    EXPECT_EQ(run(inputs, numInputs, numOutputs), ONNXC_INVALID_ARGUMENT);
    EXPECT_EQ(status.code, ONNXC_INVALID_ARGUMENT);
    EXPECT_EQ(std::string(status.message), message);
    EXPECT_EQ(fake_model_arena_bytes_calls + fake_model_invoke_calls, before);
  }

  onnxc_context *context = nullptr;
  onnxc_status status{};
  onnxc_tensor outputs[3]{};
};

class RunBatchTest : public RunTest,
                     public ::testing::WithParamInterface<int64_t> {};

TEST_P(RunBatchTest, ComputesEveryOutput) {
  int64_t batch = GetParam();
  FakeInputs in(batch);
  ASSERT_EQ(run(in.tensors), ONNXC_OK) << status.message;
  EXPECT_EQ(status.code, ONNXC_OK);
  EXPECT_STREQ(status.message, "");

  const onnxc_tensor &y = outputs[0];
  EXPECT_EQ(y.elem_type, ONNXC_FLOAT);
  ASSERT_EQ(y.rank, 2);
  EXPECT_EQ(y.dims[0], batch);
  EXPECT_EQ(y.dims[1], 3);
  float expectedSum = 0;
  for (int64_t i = 0; i < batch * 3; ++i) {
    EXPECT_EQ(static_cast<const float *>(y.data)[i], in.x[i] + 1) << i;
    expectedSum += in.x[i];
  }

  const onnxc_tensor &sum = outputs[1];
  EXPECT_EQ(sum.elem_type, ONNXC_FLOAT);
  EXPECT_EQ(sum.rank, 0);
  for (int64_t dim : sum.dims)
    EXPECT_EQ(dim, 0);
  EXPECT_EQ(*static_cast<const float *>(sum.data), expectedSum);

  const onnxc_tensor &ids = outputs[2];
  EXPECT_EQ(ids.elem_type, ONNXC_INT64);
  ASSERT_EQ(ids.rank, 1);
  EXPECT_EQ(ids.dims[0], batch);
  EXPECT_EQ(ids.data, in.ids.data()); // outputs may alias inputs
}

INSTANTIATE_TEST_SUITE_P(Batches, RunBatchTest, ::testing::Values(1, 3, 64));

TEST_F(RunTest, OutputDataHonoursDescriptorOffset) {
  FakeInputs in(3);
  ASSERT_EQ(run(in.tensors), ONNXC_OK) << status.message;
  // The kernel returns y as arena base + offset 16 floats.
  EXPECT_EQ(outputs[0].data, static_cast<char *>(context->arena.base) + 64);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(context->arena.base) % 64, 0u);
}

TEST_F(RunTest, ArenaIsReusedAcrossRuns) {
  FakeInputs big(64), small(3);
  ASSERT_EQ(run(big.tensors), ONNXC_OK) << status.message;
  void *base = context->arena.base;
  size_t capacity = context->arena.capacity;
  void *y = outputs[0].data;
  EXPECT_GE(capacity, static_cast<size_t>(context->arena_bytes));

  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(run(big.tensors), ONNXC_OK) << status.message;
    EXPECT_EQ(context->arena.base, base);
    EXPECT_EQ(context->arena.capacity, capacity);
    EXPECT_EQ(outputs[0].data, y);
  }
  // A smaller run fits in the same arena: no shrinking, no allocation.
  ASSERT_EQ(run(small.tensors), ONNXC_OK) << status.message;
  EXPECT_EQ(context->arena.base, base);
  EXPECT_EQ(context->arena.capacity, capacity);
}

TEST_F(RunTest, ArenaGrowsOnlyWhenNeeded) {
  FakeInputs small(1), big(1000);
  ASSERT_EQ(run(small.tensors), ONNXC_OK) << status.message;
  size_t capacity = context->arena.capacity;
  ASSERT_EQ(run(big.tensors), ONNXC_OK) << status.message;
  EXPECT_GT(context->arena.capacity, capacity);
  EXPECT_EQ(context->arena.capacity % 64, 0u);
  EXPECT_EQ(static_cast<const float *>(outputs[0].data)[2999], 3000.0f);
}

TEST_F(RunTest, NullStatusIsAllowed) {
  FakeInputs in(2);
  EXPECT_EQ(api.run(context, in.tensors, 2, outputs, 3, nullptr), ONNXC_OK);
  EXPECT_EQ(outputs[0].dims[0], 2);
  in.tensors[0].rank = 3;
  EXPECT_EQ(api.run(context, in.tensors, 2, outputs, 3, nullptr),
            ONNXC_INVALID_ARGUMENT);
  onnxc_context *other = nullptr;
  EXPECT_EQ(api.create(nullptr, &other, nullptr), ONNXC_OK);
  api.destroy(other);
}

TEST_F(RunTest, RejectsWrongCounts) {
  FakeInputs in(2);
  expectInvalid(in.tensors, "expected 2 inputs, got 1", 1);
  expectInvalid(in.tensors, "expected 2 inputs, got 3", 3);
  expectInvalid(in.tensors, "expected 2 inputs, got -1", -1);
  expectInvalid(in.tensors, "expected 3 outputs, got 2", 2, 2);
  expectInvalid(nullptr, "inputs is NULL");
  int64_t calls = fake_model_invoke_calls;
  EXPECT_EQ(api.run(context, in.tensors, 2, nullptr, 3, &status),
            ONNXC_INVALID_ARGUMENT);
  EXPECT_STREQ(status.message, "outputs is NULL");
  EXPECT_EQ(api.run(nullptr, in.tensors, 2, outputs, 3, &status),
            ONNXC_INVALID_ARGUMENT);
  EXPECT_STREQ(status.message, "context is NULL");
  EXPECT_EQ(fake_model_invoke_calls, calls);
}

TEST_F(RunTest, RejectsWrongRank) {
  FakeInputs in(2);
  in.tensors[0].rank = 3;
  expectInvalid(in.tensors, "input 'x': expected rank 2, got 3");
  in.tensors[0].rank = -1;
  expectInvalid(in.tensors, "input 'x': expected rank 2, got -1");
  in.tensors[0].rank = 2;
  in.tensors[1].rank = 1000;
  expectInvalid(in.tensors, "input 'ids': expected rank 1, got 1000");
}

TEST_F(RunTest, RejectsWrongStaticDim) {
  FakeInputs in(2);
  in.tensors[0].dims[1] = 4;
  expectInvalid(in.tensors, "input 'x' dim 1: expected 3, got 4");
}

TEST_F(RunTest, RejectsEmptyDynamicDim) {
  FakeInputs in(2);
  in.tensors[0].dims[0] = 0;
  expectInvalid(in.tensors,
                "input 'x' dim 0 ('batch'): expected a size >= 1, got 0");
  in.tensors[0].dims[0] = -7;
  expectInvalid(in.tensors,
                "input 'x' dim 0 ('batch'): expected a size >= 1, got -7");
}

TEST_F(RunTest, RejectsWrongElementType) {
  FakeInputs in(2);
  in.tensors[0].elem_type = ONNXC_INT64;
  expectInvalid(in.tensors,
                "input 'x': expected element type float, got int64");
  in.tensors[0].elem_type = ONNXC_FLOAT;
  in.tensors[1].elem_type = ONNXC_INT32;
  expectInvalid(in.tensors,
                "input 'ids': expected element type int64, got int32");
}

TEST_F(RunTest, RejectsUnknownElementType) {
  FakeInputs in(2);
  for (int32_t type : {0, 8 /* string */, 14, 15, 17, 99, -1,
                       std::numeric_limits<int32_t>::min()}) {
    in.tensors[0].elem_type = type;
    expectInvalid(in.tensors,
                  "input 'x': unknown element type " + std::to_string(type));
  }
}

TEST_F(RunTest, RejectsNullData) {
  FakeInputs in(2);
  in.tensors[1].data = nullptr;
  expectInvalid(in.tensors, "input 'ids': data is NULL");
}

TEST_F(RunTest, RejectsDisagreeingNamedDims) {
  FakeInputs in(2);
  in.tensors[1].dims[0] = 3;
  expectInvalid(in.tensors, "input 'ids' dim 0 ('batch'): expected 2 as in "
                            "input 'x' dim 0, got 3");
}

TEST_F(RunTest, RejectsOverflowingDims) {
  FakeInputs in(2);
  in.tensors[0].dims[0] = std::numeric_limits<int64_t>::max() / 4;
  expectInvalid(in.tensors, "input 'x': dims too large (the size in bytes "
                            "overflows int64)");
  in.tensors[0].dims[0] = std::numeric_limits<int64_t>::max();
  expectInvalid(in.tensors, "input 'x': dims too large (the size in bytes "
                            "overflows int64)");
}

TEST_F(RunTest, ContextIsReusableAfterAnError) {
  FakeInputs good(5), bad(5);
  bad.tensors[0].dims[1] = 2;
  ASSERT_EQ(run(bad.tensors), ONNXC_INVALID_ARGUMENT);
  ASSERT_EQ(run(good.tensors), ONNXC_OK) << status.message;
  EXPECT_STREQ(status.message, "");
  EXPECT_EQ(outputs[0].dims[0], 5);
}

TEST_F(RunTest, IndexOutOfRangeIsAnInvalidArgument) {
  FakeInputs inputs(4);
  inputs.ids = {3, 500000, -200000, -100000};
  EXPECT_EQ(run(inputs.tensors), ONNXC_INVALID_ARGUMENT);
  EXPECT_EQ(status.code, ONNXC_INVALID_ARGUMENT);
  // The first bad index is the one reported.
  EXPECT_EQ(std::string(status.message),
            "node 'table' (Gather, opset 13): indices element 500000 is out of "
            "range [-100000, 99999]");
  EXPECT_EQ(outputs[0].data, nullptr) << "no outputs after a data error";
}

TEST_F(RunTest, IndexErrorDoesNotOutliveItsRun) {
  FakeInputs bad(2);
  bad.ids = {-100001, 0};
  EXPECT_EQ(run(bad.tensors), ONNXC_INVALID_ARGUMENT);
  EXPECT_NE(std::string(status.message).find("indices element -100001 is out of range"),
            std::string::npos)
      << status.message;
  FakeInputs good(2);
  good.ids = {-100000, 99999}; // both ends of the range are valid
  ASSERT_EQ(run(good.tensors), ONNXC_OK) << status.message;
  EXPECT_STREQ(status.message, "");
}

TEST_F(RunTest, ShapeErrorEndsTheRunAtOnce) {
  FakeInputs bad(FAKE_MODEL_MAX_BATCH + 1);
  int64_t calls = fake_model_invoke_calls;
  int64_t completions = fake_model_invoke_completions;
  EXPECT_EQ(run(bad.tensors), ONNXC_INVALID_ARGUMENT);
  EXPECT_EQ(std::string(status.message), "node 'fake': a dim of size 1001 does not match 1000");
  EXPECT_EQ(outputs[0].data, nullptr) << "no outputs after a shape error";
  EXPECT_EQ(fake_model_invoke_calls, calls + 1);
  EXPECT_EQ(fake_model_invoke_completions, completions) << "invoke went on after the error";

  // The context, its pool and its abort point work for the next run.
  FakeInputs good(FAKE_MODEL_MAX_BATCH);
  ASSERT_EQ(run(good.tensors), ONNXC_OK) << status.message;
  EXPECT_EQ(fake_model_invoke_completions, completions + 1);
  EXPECT_EQ(outputs[0].dims[0], FAKE_MODEL_MAX_BATCH);
}

TEST(ContextTest, SeparateContextsRunConcurrently) {
  auto work = [](int64_t batch, bool *ok) {
    onnxc_context *context = nullptr;
    onnxc_options options{2};
    *ok = api.create(&options, &context, nullptr) == ONNXC_OK;
    FakeInputs in(batch);
    onnxc_tensor outputs[3];
    for (int i = 0; i < 200 && *ok; ++i)
      *ok = api.run(context, in.tensors, 2, outputs, 3, nullptr) == ONNXC_OK &&
            static_cast<const float *>(outputs[0].data)[batch * 3 - 1] ==
                static_cast<float>(batch * 3);
    api.destroy(context);
  };
  bool ok[4] = {};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back(work, 1 + 7 * t, &ok[t]);
  for (std::thread &thread : threads)
    thread.join();
  for (bool each : ok)
    EXPECT_TRUE(each);
}

TEST(ContextTest, ThreadsComeFromOptions) {
  for (int32_t threads : {1, 2, 3}) {
    onnxc_context *context = nullptr;
    onnxc_options options{threads};
    ASSERT_EQ(api.create(&options, &context, nullptr), ONNXC_OK);
    EXPECT_EQ(onnxc_rt_pool_threads(context->pool), threads);
    api.destroy(context);
  }
  // NULL options and num_threads <= 0: one thread per online CPU.
  int cpus = static_cast<int>(std::thread::hardware_concurrency());
  onnxc_options zero{0}, negative{-4};
  const onnxc_options *cases[] = {nullptr, &zero, &negative};
  for (const onnxc_options *options : cases) {
    onnxc_context *context = nullptr;
    ASSERT_EQ(api.create(options, &context, nullptr), ONNXC_OK);
    if (cpus > 0) {
      EXPECT_EQ(onnxc_rt_pool_threads(context->pool), cpus);
    }
    api.destroy(context);
  }
}

TEST(ContextTest, InvokeGetsTheContextsPool) {
  for (int32_t threads : {1, 2, 3}) {
    onnxc_context *context = nullptr;
    onnxc_options options{threads};
    ASSERT_EQ(api.create(&options, &context, nullptr), ONNXC_OK);
    FakeInputs in(10);
    onnxc_tensor outputs[3];
    ASSERT_EQ(api.run(context, in.tensors, 2, outputs, 3, nullptr), ONNXC_OK);
    EXPECT_EQ(fake_model_last_pool, static_cast<void *>(context->pool));
    // y, which invoke computes on the pool: every row, whichever thread ran it.
    const float *y = static_cast<const float *>(outputs[0].data);
    for (int64_t i = 0; i < 30; ++i)
      EXPECT_EQ(y[i], static_cast<float>(i + 1)) << "threads " << threads;
    api.destroy(context);
  }
}

TEST(ContextTest, CreateRejectsNullContextPointer) {
  onnxc_status status{};
  EXPECT_EQ(api.create(nullptr, nullptr, &status), ONNXC_INVALID_ARGUMENT);
  EXPECT_STREQ(status.message, "context is NULL");
}

TEST(ContextTest, DestroyAcceptsNull) { api.destroy(nullptr); }

} // namespace
