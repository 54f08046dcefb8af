//===- TensorTest.cpp - onnxc-run's tensor files and comparison -----------===//
#include "Tensor.h"
#include "Compare.h"
#include "Error.h"

#include "onnx/onnx_pb.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>

using namespace onnxc::run;
namespace fs = std::filesystem;

namespace {

/// Tests that write files get a folder of their own, removed afterwards.
class TensorFileTest : public ::testing::Test {
protected:
  void SetUp() override {
    dir = fs::path(::testing::TempDir()) /
          (std::string("onnxc-tensor-test-") +
           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }

  std::string save(const onnx::TensorProto &proto, const std::string &name) {
    fs::path path = dir / name;
    std::ofstream out(path, std::ios::binary);
    EXPECT_TRUE(proto.SerializeToOstream(&out));
    return path.string();
  }

  fs::path dir;
};

TEST(TensorTest, HalfFloatsConvert) {
  const uint16_t halves[] = {0x3c00, 0xc000, 0x0001, 0x7c00, 0x3555};
  EXPECT_EQ(elementAsDouble(halves, ONNXC_FLOAT16, 0), 1.0);
  EXPECT_EQ(elementAsDouble(halves, ONNXC_FLOAT16, 1), -2.0);
  EXPECT_EQ(elementAsDouble(halves, ONNXC_FLOAT16, 2), std::ldexp(1.0, -24));
  EXPECT_TRUE(std::isinf(elementAsDouble(halves, ONNXC_FLOAT16, 3)));
  EXPECT_NEAR(elementAsDouble(halves, ONNXC_FLOAT16, 4), 1.0 / 3, 1e-3);
  const uint16_t bf16[] = {0x3f80, 0xc040};
  EXPECT_EQ(elementAsDouble(bf16, ONNXC_BFLOAT16, 0), 1.0);
  EXPECT_EQ(elementAsDouble(bf16, ONNXC_BFLOAT16, 1), -3.0);
}

// Types of 4 bytes or less travel in int32_data, uint32/uint64 in
// uint64_data.
TEST_F(TensorFileTest, ReadsTypedFields) {
  onnx::TensorProto proto;
  proto.set_data_type(onnx::TensorProto::UINT8);
  proto.add_dims(3);
  for (int v : {0, 200, 255})
    proto.add_int32_data(v);
  Tensor u8 = readTensorProto(save(proto, "u8.pb"));
  EXPECT_EQ(u8.data.get()[1], 200);

  proto.set_data_type(onnx::TensorProto::BOOL);
  Tensor b = readTensorProto(save(proto, "bool.pb"));
  EXPECT_EQ(b.elemType, ONNXC_BOOL);
  EXPECT_EQ(b.bytes(), 3u);

  proto.Clear();
  proto.set_data_type(onnx::TensorProto::FLOAT16);
  proto.add_int32_data(0x3c00); // a scalar: no dims
  Tensor h = readTensorProto(save(proto, "f16.pb"));
  EXPECT_TRUE(h.dims.empty());
  EXPECT_EQ(elementAsDouble(h.data.get(), ONNXC_FLOAT16, 0), 1.0);

  proto.Clear();
  proto.set_data_type(onnx::TensorProto::UINT64);
  proto.add_dims(1);
  proto.add_uint64_data(std::numeric_limits<uint64_t>::max());
  Tensor u64 = readTensorProto(save(proto, "u64.pb"));
  uint64_t value;
  std::memcpy(&value, u64.data.get(), sizeof value);
  EXPECT_EQ(value, std::numeric_limits<uint64_t>::max());

  proto.set_data_type(onnx::TensorProto::INT16);
  proto.clear_uint64_data();
  proto.add_int32_data(-5);
  Tensor i16 = readTensorProto(save(proto, "i16.pb"));
  EXPECT_EQ(elementAsDouble(i16.data.get(), ONNXC_INT16, 0), -5.0);
}

TEST_F(TensorFileTest, RejectsBadFiles) {
  onnx::TensorProto proto;
  proto.set_data_type(onnx::TensorProto::STRING);
  proto.add_string_data("a");
  EXPECT_THROW(readTensorProto(save(proto, "string.pb")), Error);

  proto.Clear();
  proto.set_data_type(onnx::TensorProto::FLOAT);
  proto.add_dims(-1);
  EXPECT_THROW(readTensorProto(save(proto, "negative.pb")), Error);

  proto.Clear();
  proto.set_data_type(onnx::TensorProto::FLOAT);
  proto.add_dims(2);
  proto.add_float_data(1);
  EXPECT_THROW(readTensorProto(save(proto, "short.pb")), Error);
}

TEST_F(TensorFileTest, WriteThenReadRoundTrips) {
  Tensor random = randomTensor("r", ONNXC_INT32, {2, 5}, 7);
  std::string path = (dir / "roundtrip.pb").string();
  writeTensorProto(path, "r", random.view());
  Tensor back = readTensorProto(path);
  EXPECT_EQ(back.name, "r");
  EXPECT_EQ(back.dims, random.dims);
  EXPECT_EQ(std::memcmp(back.data.get(), random.data.get(), random.bytes()), 0);
}

TEST(TensorTest, RandomValuesStayInRange) {
  Tensor f = randomTensor("f", ONNXC_FLOAT, {1000}, 1);
  Tensor h = randomTensor("h", ONNXC_FLOAT16, {1000}, 1);
  Tensor i = randomTensor("i", ONNXC_INT64, {1000}, 1);
  for (int64_t k = 0; k < 1000; ++k) {
    double fv = elementAsDouble(f.data.get(), ONNXC_FLOAT, k);
    double hv = elementAsDouble(h.data.get(), ONNXC_FLOAT16, k);
    double iv = elementAsDouble(i.data.get(), ONNXC_INT64, k);
    EXPECT_TRUE(fv >= -1 && fv < 1) << fv;
    EXPECT_TRUE(hv > -1 && hv < 1) << hv;
    EXPECT_TRUE(iv >= 0 && iv < 8) << iv;
  }
}

Tensor floats(std::vector<float> values) {
  Tensor t;
  t.elemType = ONNXC_FLOAT;
  t.dims = {static_cast<int64_t>(values.size())};
  t.allocate();
  std::memcpy(t.data.get(), values.data(), values.size() * sizeof(float));
  return t;
}

TEST(CompareTest, Tolerances) {
  const float inf = std::numeric_limits<float>::infinity();
  const float nan = std::numeric_limits<float>::quiet_NaN();
  Tensor expected = floats({1, 100, inf, nan});
  Tensor close = floats({1.0000001f, 100.05f, inf, nan});
  Comparison result = compare(close.view(), expected, 1e-3, 1e-7);
  EXPECT_TRUE(result.ok());
  EXPECT_NEAR(result.maxAbsDiff, 0.05, 1e-5);

  Tensor far = floats({1, 100, -inf, 0});
  result = compare(far.view(), expected, 1e-3, 1e-7);
  EXPECT_EQ(result.mismatches, 2);
  EXPECT_TRUE(std::isnan(result.maxAbsDiff));
}

TEST(CompareTest, IntegersCompareExactly) {
  Tensor a, b;
  for (Tensor *t : {&a, &b}) {
    t->elemType = ONNXC_INT64;
    t->dims = {1};
    t->allocate();
  }
  int64_t big = (int64_t(1) << 60) + 1, bigger = big + 1;
  std::memcpy(a.data.get(), &big, sizeof big);
  std::memcpy(b.data.get(), &bigger, sizeof bigger);
  // As doubles they are equal; as integers they are not.
  EXPECT_EQ(compare(a.view(), b, 1, 1).mismatches, 1);
}

TEST(CompareTest, ShapeAndTypeDifferences) {
  Tensor two = floats({1, 2}), three = floats({1, 2, 3});
  EXPECT_EQ(compare(two.view(), three, 0, 0).problem,
            "shape [2], expected [3]");
  Tensor ints = randomTensor("", ONNXC_INT32, {2}, 1);
  EXPECT_EQ(compare(ints.view(), two, 0, 0).problem,
            "type int32, expected float");
}

} // namespace
