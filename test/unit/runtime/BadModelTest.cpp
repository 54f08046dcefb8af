//===- BadModelTest.cpp - the runtime guarding against broken models ------===//
//
// Generated code is trusted less than the contract: a bad signature fails
// create, and kernels returning an impossible arena size or output layout
// fail run with ONNXC_INTERNAL instead of handing out garbage.
//
//===----------------------------------------------------------------------===//
#include "runtime/src/model_desc.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

namespace {

// One input "a" float [2] and one output "b" float [2].
const int64_t kDims[] = {2};
const onnxc_tensor_info kIn[] = {{"a", ONNXC_FLOAT, 1, kDims, nullptr}};
const onnxc_tensor_info kOut[] = {{"b", ONNXC_FLOAT, 1, kDims, nullptr}};
const onnxc_signature kSignature = {"bad", 1, kIn, 1, kOut};

struct Memref1 {
  void *allocated, *aligned;
  int64_t offset, sizes[1], strides[1];
};

void smallArena(void **args) { *static_cast<int64_t *>(args[0]) = 8; }
void negativeArena(void **args) { *static_cast<int64_t *>(args[0]) = -1; }

void stridedOutput(void **args) {
  auto *out = static_cast<Memref1 *>(args[0]);
  *out = *static_cast<Memref1 *>(args[1]);
  out->strides[0] = 2; // not dense
}

void nullOutput(void **args) {
  auto *out = static_cast<Memref1 *>(args[0]);
  std::memset(out, 0, sizeof *out);
  out->sizes[0] = 2;
  out->strides[0] = 1;
}

void copyOutput(void **args) {
  *static_cast<Memref1 *>(args[0]) = *static_cast<Memref1 *>(args[1]);
}

int32_t create(const onnxc_model_desc &model, onnxc_context **context,
               onnxc_status *status) {
  onnxc_options options{1};
  return onnxc_rt_create(&model, &options, context, status);
}

std::string runOnce(const onnxc_model_desc &model, int32_t *code) {
  onnxc_context *context = nullptr;
  onnxc_status status{};
  EXPECT_EQ(create(model, &context, &status), ONNXC_OK) << status.message;
  float data[2] = {1, 2};
  onnxc_tensor input{ONNXC_FLOAT, 1, {2}, data};
  onnxc_tensor output{};
  *code = onnxc_rt_run(context, &input, 1, &output, 1, &status);
  onnxc_rt_destroy(context);
  return status.message;
}

TEST(BadModelTest, RejectsNonDenseOutput) {
  int32_t code;
  EXPECT_EQ(runOnce({&kSignature, smallArena, stridedOutput}, &code),
            "output 'b': the model returned a non-dense or NULL buffer");
  EXPECT_EQ(code, ONNXC_INTERNAL);
}

TEST(BadModelTest, RejectsNullOutput) {
  int32_t code;
  EXPECT_EQ(runOnce({&kSignature, smallArena, nullOutput}, &code),
            "output 'b': the model returned a non-dense or NULL buffer");
  EXPECT_EQ(code, ONNXC_INTERNAL);
}

TEST(BadModelTest, RejectsNegativeArena) {
  int32_t code;
  EXPECT_EQ(runOnce({&kSignature, negativeArena, copyOutput}, &code),
            "model reported an arena of -1 bytes");
  EXPECT_EQ(code, ONNXC_INTERNAL);
}

TEST(BadModelTest, GoodKernelsPass) {
  int32_t code;
  EXPECT_EQ(runOnce({&kSignature, smallArena, copyOutput}, &code), "");
  EXPECT_EQ(code, ONNXC_OK);
}

void expectCreateFails(const onnxc_model_desc *model,
                       const std::string &message) {
  onnxc_context *context = reinterpret_cast<onnxc_context *>(0x1);
  onnxc_status status{};
  EXPECT_EQ(onnxc_rt_create(model, nullptr, &context, &status), ONNXC_INTERNAL);
  EXPECT_EQ(status.message, message);
  EXPECT_EQ(context, nullptr);
}

TEST(BadModelTest, CreateRejectsBadSignatures) {
  expectCreateFails(nullptr, "incomplete model descriptor");
  onnxc_model_desc noInvoke{&kSignature, smallArena, nullptr};
  expectCreateFails(&noInvoke, "incomplete model descriptor");

  const int64_t nineDims[9] = {1, 1, 1, 1, 1, 1, 1, 1, 1};
  const onnxc_tensor_info rank9[] = {{"r", ONNXC_FLOAT, 9, nineDims, nullptr}};
  onnxc_signature rank9Sig{"bad", 1, rank9, 1, kOut};
  onnxc_model_desc rank9Model{&rank9Sig, smallArena, copyOutput};
  expectCreateFails(&rank9Model,
                    "model signature: input 'r' has rank 9 (supported: 0 to "
                    "8)");

  const onnxc_tensor_info strings[] = {{"s", 8, 1, kDims, nullptr}};
  onnxc_signature stringSig{"bad", 1, kIn, 1, strings};
  onnxc_model_desc stringModel{&stringSig, smallArena, copyOutput};
  expectCreateFails(&stringModel, "model signature: output 's' has "
                                  "unsupported element type 8");

  const int64_t badDims[] = {-2};
  const onnxc_tensor_info badDim[] = {{"d", ONNXC_FLOAT, 1, badDims, nullptr}};
  onnxc_signature badDimSig{"bad", 1, badDim, 1, kOut};
  onnxc_model_desc badDimModel{&badDimSig, smallArena, copyOutput};
  expectCreateFails(&badDimModel, "model signature: input 'd' dim 0 is -2");
}

} // namespace
