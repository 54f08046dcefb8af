//===- ConvGeometry.cpp - window geometry of Conv and pooling -------------===//

#include "dialects/onnx/ConvGeometry.h"
#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeInferenceUtils.h"

using namespace mlir;

namespace onnxc::onnx {

static int64_t ceilDiv(int64_t a, int64_t b) { return (a + b - 1) / b; }

int64_t ConvGeometry::outputSize(unsigned i, int64_t inputSize) const {
  if (inputSize == kDynamic || padsBegin[i] == kDynamic || padsEnd[i] == kDynamic)
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

int64_t getSameTotalPadding(int64_t inputSize, int64_t stride, int64_t span) {
  int64_t out = ceilDiv(inputSize, stride);
  return std::max<int64_t>(0, (out - 1) * stride + span - inputSize);
}

std::pair<int64_t, int64_t> splitSamePadding(int64_t total, AutoPad autoPad) {
  int64_t small = total / 2, large = total - small;
  if (autoPad == AutoPad::SameUpper)
    return {small, large};
  return {large, small};
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
    g.autoPad = autoPad == "SAME_UPPER" ? AutoPad::SameUpper : AutoPad::SameLower;
    for (size_t i = 0; i < n; ++i) {
      if (g.kernel[i] == kDynamic)
        return emitNodeError(op) << "auto_pad " << autoPad << " needs a static kernel";
      if (inputSpatial[i] == kDynamic) {
        g.padsBegin[i] = g.padsEnd[i] = kDynamic;
        continue;
      }
      std::tie(g.padsBegin[i], g.padsEnd[i]) = splitSamePadding(
          getSameTotalPadding(inputSpatial[i], g.strides[i], g.span(i)), g.autoPad);
    }
  } else if (autoPad != "NOTSET") {
    return emitNodeError(op) << "unknown auto_pad '" << autoPad << "'";
  }
  return g;
}

int64_t ConvTransposeGeometry::outputSize(unsigned i, int64_t inputSize) const {
  if (inputSize == kDynamic)
    return kDynamic;
  return strides[i] * (inputSize - 1) + span(i) - padsBegin[i] - padsEnd[i];
}

static int64_t floorHalf(int64_t a) { return a >= 0 ? a / 2 : -((-a + 1) / 2); }

FailureOr<ConvTransposeGeometry>
getConvTransposeGeometry(Operation *op, ArrayRef<int64_t> inputSpatial,
                         ArrayRef<int64_t> kernelFromWeights) {
  size_t n = inputSpatial.size();
  ConvTransposeGeometry g;
  g.kernel = getIntsAttr(op, "kernel_shape", kernelFromWeights);
  g.strides = getIntsAttr(op, "strides", SmallVector<int64_t>(n, 1));
  g.dilations = getIntsAttr(op, "dilations", SmallVector<int64_t>(n, 1));
  SmallVector<int64_t> pads = getIntsAttr(op, "pads", SmallVector<int64_t>(2 * n, 0));
  SmallVector<int64_t> outputPadding =
      getIntsAttr(op, "output_padding", SmallVector<int64_t>(n, 0));
  SmallVector<int64_t> outputShape = getIntsAttr(op, "output_shape", {});
  // Some exporters write output_shape with the batch and channel dims.
  if (outputShape.size() == n + 2)
    outputShape.erase(outputShape.begin(), outputShape.begin() + 2);
  if (g.kernel.size() != n || g.strides.size() != n || g.dilations.size() != n ||
      pads.size() != 2 * n || outputPadding.size() != n ||
      (!outputShape.empty() && outputShape.size() != n))
    return emitNodeError(op) << "kernel_shape, strides, dilations, pads, output_padding "
                              "and output_shape must match the "
                           << n << " spatial dims of the input";
  if (llvm::any_of(g.strides, [](int64_t s) { return s < 1; }) ||
      llvm::any_of(g.dilations, [](int64_t d) { return d < 1; }) ||
      llvm::any_of(g.kernel, [](int64_t k) { return k < 1; }))
    return emitNodeError(op) << "strides, dilations and kernel_shape must be static and "
                              "positive";
  std::string autoPad = getStringAttr(op, "auto_pad", "NOTSET");
  if (autoPad != "NOTSET" && autoPad != "VALID" && autoPad != "SAME_UPPER" &&
      autoPad != "SAME_LOWER")
    return emitNodeError(op) << "unknown auto_pad '" << autoPad << "'";
  bool same = autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER";
  for (size_t i = 0; i < n; ++i) {
    int64_t begin = autoPad == "VALID" ? 0 : pads[i];
    int64_t end = autoPad == "VALID" ? 0 : pads[n + i];
    int64_t natural = g.span(i) + outputPadding[i];
    if (same || !outputShape.empty()) {
      int64_t in = inputSpatial[i];
      // Without output_shape SAME_* asks for input * stride, which makes
      // the total padding independent of the input.
      int64_t total = natural - g.strides[i];
      if (!outputShape.empty()) {
        if (in == kDynamic)
          return emitNodeError(op) << "output_shape needs static spatial dims";
        total = g.strides[i] * (in - 1) + natural - outputShape[i];
      }
      if (same) {
        int64_t half = floorHalf(total);
        begin = autoPad == "SAME_UPPER" ? half : total - half;
      }
      end = total - begin;
    }
    g.padsBegin.push_back(begin);
    g.padsEnd.push_back(end - outputPadding[i]);
  }
  return g;
}

} // namespace onnxc::onnx
