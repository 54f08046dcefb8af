//===- ConvGeometry.cpp - window geometry of Conv and pooling -------------===//

#include "dialects/onnx/ConvGeometry.h"
#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeInferenceUtils.h"

using namespace mlir;

namespace onnxc::onnx {

static int64_t ceilDiv(int64_t a, int64_t b) { return (a + b - 1) / b; }

int64_t ConvGeometry::outputSize(unsigned i, int64_t inputSize) const {
  if (inputSize == kDynamic)
    return kDynamic;
  int64_t span = dilations[i] * (kernel[i] - 1) + 1;
  int64_t padded = inputSize + padsBegin[i] + padsEnd[i];
  if (padded < span)
    return 0;
  if (!ceilMode)
    return (padded - span) / strides[i] + 1;
  int64_t size = ceilDiv(padded - span, strides[i]) + 1;
  // The last window must start inside the input or its leading padding.
  if ((size - 1) * strides[i] >= inputSize + padsBegin[i])
    --size;
  return size;
}

bool ConvGeometry::hasPadding() const {
  return llvm::any_of(padsBegin, [](int64_t p) { return p != 0; }) ||
         llvm::any_of(padsEnd, [](int64_t p) { return p != 0; });
}

FailureOr<ConvGeometry> getConvGeometry(Operation *op,
                                        ArrayRef<int64_t> inputSpatial,
                                        ArrayRef<int64_t> kernelFromWeights) {
  size_t n = inputSpatial.size();
  ConvGeometry g;
  g.kernel = getIntsAttr(op, "kernel_shape", kernelFromWeights);
  g.strides = getIntsAttr(op, "strides", SmallVector<int64_t>(n, 1));
  g.dilations = getIntsAttr(op, "dilations", SmallVector<int64_t>(n, 1));
  g.ceilMode = getIntAttr(op, "ceil_mode", 0) != 0;
  SmallVector<int64_t> pads =
      getIntsAttr(op, "pads", SmallVector<int64_t>(2 * n, 0));
  if (g.kernel.size() != n || g.strides.size() != n ||
      g.dilations.size() != n || pads.size() != 2 * n)
    return emitNodeError(op) << "kernel_shape, strides, dilations and pads must "
                              "match the "
                           << n << " spatial dims of the input";
  if (llvm::any_of(g.strides, [](int64_t s) { return s < 1; }) ||
      llvm::any_of(g.dilations, [](int64_t d) { return d < 1; }) ||
      llvm::any_of(g.kernel, [](int64_t k) { return k < 1 && k != kDynamic; }))
    return emitNodeError(op) << "strides, dilations and kernel_shape must be positive";
  g.padsBegin.assign(pads.begin(), pads.begin() + n);
  g.padsEnd.assign(pads.begin() + n, pads.end());

  std::string autoPad = getStringAttr(op, "auto_pad", "NOTSET");
  if (autoPad == "VALID") {
    g.padsBegin.assign(n, 0);
    g.padsEnd.assign(n, 0);
  } else if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
    for (size_t i = 0; i < n; ++i) {
      if (inputSpatial[i] == kDynamic || g.kernel[i] == kDynamic)
        return emitNodeError(op) << "auto_pad " << autoPad
                               << " needs static spatial dims";
      int64_t out = ceilDiv(inputSpatial[i], g.strides[i]);
      int64_t span = g.dilations[i] * (g.kernel[i] - 1) + 1;
      int64_t total =
          std::max<int64_t>(0, (out - 1) * g.strides[i] + span - inputSpatial[i]);
      int64_t small = total / 2, large = total - small;
      g.padsBegin[i] = autoPad == "SAME_UPPER" ? small : large;
      g.padsEnd[i] = autoPad == "SAME_UPPER" ? large : small;
    }
  } else if (autoPad != "NOTSET") {
    return emitNodeError(op) << "unknown auto_pad '" << autoPad << "'";
  }
  return g;
}

} // namespace onnxc::onnx
