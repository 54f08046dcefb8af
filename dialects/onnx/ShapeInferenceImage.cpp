//===- ShapeInferenceImage.cpp - shapes of resampling ops -----------------===//
//
// Resize (and Upsample, which the importer turns into Resize), GridSample
// and AffineGrid.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeExpressions.h"
#include "dialects/onnx/ShapeInference.h"
#include "dialects/onnx/ShapeInferenceUtils.h"

#include <cmath>

using namespace mlir;

namespace onnxc::onnx {

/// An optional input that is absent or an empty tensor (Resize-11 passes an
/// empty scales tensor when it gives sizes).
static bool isAbsentInput(Operation *op, unsigned index) {
  if (op->getNumOperands() <= index || isNoValue(op->getOperand(index)))
    return true;
  auto type = getRankedType(op->getOperand(index));
  return type && type.hasStaticShape() && type.getNumElements() == 0;
}

/// Resize: the resized axes take sizes[k], or floor(scales[k] * dim), or
/// under keep_aspect_ratio_policy round(scale * dim) with one scale for all
/// axes; what is not known at compile time is dynamic.
static LogicalResult inferResize(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  int64_t rank = data.getRank();
  SmallVector<int64_t> axes;
  for (int64_t i = 0; i < rank; ++i)
    axes.push_back(i);
  if (hasAttr(op, "axes")) {
    axes.clear();
    for (int64_t axis : getIntsAttr(op, "axes")) {
      int64_t a = normalizeAxis(axis, rank);
      if (a < 0 || a >= rank)
        return emitNodeError(op) << "axis " << axis << " is out of range";
      axes.push_back(a);
    }
  }
  size_t n = axes.size();
  SmallVector<int64_t> dims(data.getShape());
  for (int64_t a : axes)
    dims[a] = kDynamic;
  if (!isAbsentInput(op, 3)) {
    auto sizes = traceShapeExprs(op->getOperand(3));
    if (sizes && sizes->size() != n)
      return emitNodeError(op) << "sizes must have one entry per resized axis";
    std::string policy = getStringAttr(op, "keep_aspect_ratio_policy", "stretch");
    if (sizes && policy == "stretch") {
      for (auto [k, a] : llvm::enumerate(axes))
        if (std::optional<int64_t> size = (*sizes)[k].getConstant())
          dims[a] = *size;
    } else if (sizes) {
      // One scale (the smallest or largest of size / dim), sizes rounded
      // half up from it: needs every size and dim.
      std::optional<double> scale;
      for (auto [k, a] : llvm::enumerate(axes)) {
        std::optional<int64_t> size = (*sizes)[k].getConstant();
        if (!size || data.isDynamicDim(a)) {
          scale.reset();
          break;
        }
        double s = static_cast<double>(*size) / data.getDimSize(a);
        scale = !scale ? s : policy == "not_larger" ? std::min(*scale, s) : std::max(*scale, s);
      }
      if (scale)
        for (int64_t a : axes)
          dims[a] = static_cast<int64_t>(*scale * data.getDimSize(a) + 0.5);
    }
  } else if (!isAbsentInput(op, 2)) {
    auto scales = getConstantFloatValues(op->getOperand(2));
    if (scales && scales->size() != n)
      return emitNodeError(op) << "scales must have one entry per resized axis";
    if (scales)
      for (auto [k, a] : llvm::enumerate(axes)) {
        double scale = (*scales)[k];
        if (scale == 1.0)
          dims[a] = data.getDimSize(a);
        else if (!data.isDynamicDim(a))
          dims[a] = static_cast<int64_t>(std::floor(scale * data.getDimSize(a)));
      }
  }
  setRankedResult(results, 0, dims);
  return success();
}

/// GridSample: X [N, C, D1..Dk] sampled at grid [N, H1..Hk, k] gives
/// [N, C, H1..Hk].
static LogicalResult inferGridSample(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  auto grid = getRankedType(op->getOperand(1));
  if (!data || !grid)
    return success();
  if (data.getRank() < 3 || grid.getRank() != data.getRank())
    return emitNodeError(op) << "X and grid must have the same rank, at least 3";
  int64_t batch = data.getDimSize(0) != kDynamic ? data.getDimSize(0) : grid.getDimSize(0);
  SmallVector<int64_t> dims = {batch, data.getDimSize(1)};
  for (int64_t i = 1; i + 1 < grid.getRank(); ++i)
    dims.push_back(grid.getDimSize(i));
  setRankedResult(results, 0, dims);
  return success();
}

/// AffineGrid: theta [N, r, r + 1] and size [N, C, D1..Dr] give
/// [N, D1..Dr, r]; the dims the size does not fix are dynamic.
static LogicalResult inferAffineGrid(Operation *op, SmallVectorImpl<Type> &results) {
  auto theta = getRankedType(op->getOperand(0));
  if (!theta || theta.getRank() != 3 || theta.isDynamicDim(1))
    return success();
  int64_t r = theta.getDimSize(1);
  SmallVector<int64_t> dims(r + 1, kDynamic);
  dims[0] = theta.getDimSize(0);
  if (auto size = getConstantIntValues(op->getOperand(1))) {
    if (static_cast<int64_t>(size->size()) != r + 2)
      return emitNodeError(op) << "size must have " << r + 2 << " elements";
    dims[0] = (*size)[0];
    for (int64_t d = 1; d <= r; ++d)
      dims[d] = (*size)[d + 1];
  }
  dims.push_back(r);
  setRankedResult(results, 0, dims);
  return success();
}

void addImageShapeFunctions(llvm::StringMap<ShapeFunction> &functions) {
  functions["Resize"] = inferResize;
  functions["GridSample"] = inferGridSample;
  functions["AffineGrid"] = inferAffineGrid;
}

} // namespace onnxc::onnx
