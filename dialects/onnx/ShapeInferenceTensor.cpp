//===- ShapeInferenceTensor.cpp - shapes of tensor-manipulation ops -------===//
//
// Constant, Shape, Size, Gather, Slice, Unsqueeze, Squeeze, Concat, Pad,
// Reshape, Flatten, Transpose, ConstantOfShape, Expand, Split, Tile and
// TopK.
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

static int64_t product(ArrayRef<int64_t> dims) {
  int64_t result = 1;
  for (int64_t d : dims) {
    if (d == kDynamic)
      return kDynamic;
    result *= d;
  }
  return result;
}

static LogicalResult inferConstant(Operation *op, SmallVectorImpl<Type> &results) {
  if (auto value = dyn_cast_or_null<ElementsAttr>(op->getAttr("value")))
    results[0] = value.getType();
  return success();
}

static LogicalResult inferShape(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  auto [start, end] = getShapeOpRange(op, data.getRank());
  setRankedResult(results, 0, {end - start});
  return success();
}

static LogicalResult inferSize(Operation *op, SmallVectorImpl<Type> &results) {
  setRankedResult(results, 0, {});
  return success();
}

/// Gather: data[:axis] + indices.shape + data[axis+1:].
static LogicalResult inferGather(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  auto indices = getRankedType(op->getOperand(1));
  if (!data || !indices)
    return success();
  int64_t axis = normalizeAxis(getIntAttr(op, "axis", 0), data.getRank());
  if (axis < 0 || axis >= data.getRank())
    return emitNodeError(op) << "axis is out of range for rank " << data.getRank();
  SmallVector<int64_t> dims(data.getShape().take_front(axis));
  llvm::append_range(dims, indices.getShape());
  llvm::append_range(dims, data.getShape().drop_front(axis + 1));
  setRankedResult(results, 0, dims);
  return success();
}

/// The constant int values of optional operand `index`, `fallback` when it
/// is absent, nullopt when it is present but not constant.
static std::optional<SmallVector<int64_t>>
getOptionalInts(Operation *op, unsigned index, ArrayRef<int64_t> fallback) {
  if (op->getNumOperands() <= index || isNoValue(op->getOperand(index)))
    return SmallVector<int64_t>(fallback);
  return getConstantIntValues(op->getOperand(index));
}

/// Slice: each sliced static axis resolved by the ONNX rule; a sliced
/// dynamic axis, or non-constant parameters, give dynamic dims.
static LogicalResult inferSlice(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  int64_t rank = data.getRank();
  auto starts = getConstantIntValues(op->getOperand(1));
  auto ends = getConstantIntValues(op->getOperand(2));
  SmallVector<int64_t> defaultAxes, defaultSteps;
  if (starts) {
    for (int64_t i = 0; i < static_cast<int64_t>(starts->size()); ++i)
      defaultAxes.push_back(i);
    defaultSteps.assign(starts->size(), 1);
  }
  auto axes = getOptionalInts(op, 3, defaultAxes);
  auto steps = getOptionalInts(op, 4, defaultSteps);
  if (!starts || !ends || !axes || !steps) {
    setRankedResult(results, 0, SmallVector<int64_t>(rank, kDynamic));
    return success();
  }
  size_t n = starts->size();
  if (ends->size() != n || axes->size() != n || steps->size() != n)
    return emitNodeError(op) << "starts, ends, axes and steps differ in length";
  SmallVector<int64_t> dims(data.getShape());
  for (size_t k = 0; k < n; ++k) {
    int64_t axis = normalizeAxis((*axes)[k], rank);
    if (axis < 0 || axis >= rank)
      return emitNodeError(op) << "axis " << (*axes)[k] << " is out of range";
    if ((*steps)[k] == 0)
      return emitNodeError(op) << "steps must not be 0";
    if (dims[axis] == kDynamic)
      continue;
    dims[axis] = resolveSliceRange((*starts)[k], (*ends)[k], (*steps)[k], dims[axis]).size;
  }
  setRankedResult(results, 0, dims);
  return success();
}

static LogicalResult inferUnsqueeze(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  auto axes = getConstantIntValues(op->getOperand(1));
  if (!data || !axes)
    return success();
  int64_t rank = data.getRank() + axes->size();
  SmallVector<bool> inserted(rank, false);
  for (int64_t axis : *axes) {
    axis = normalizeAxis(axis, rank);
    if (axis < 0 || axis >= rank || inserted[axis])
      return emitNodeError(op) << "axes are out of range or repeated";
    inserted[axis] = true;
  }
  SmallVector<int64_t> dims;
  auto next = data.getShape().begin();
  for (int64_t i = 0; i < rank; ++i)
    dims.push_back(inserted[i] ? 1 : *next++);
  setRankedResult(results, 0, dims);
  return success();
}

static LogicalResult inferSqueeze(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  int64_t rank = data.getRank();
  SmallVector<bool> removed(rank, false);
  if (op->getNumOperands() > 1 && !isNoValue(op->getOperand(1))) {
    auto axes = getConstantIntValues(op->getOperand(1));
    if (!axes)
      return success();
    for (int64_t axis : *axes) {
      axis = normalizeAxis(axis, rank);
      if (axis < 0 || axis >= rank)
        return emitNodeError(op) << "axis is out of range";
      if (data.getDimSize(axis) != 1 && data.getDimSize(axis) != kDynamic)
        return emitNodeError(op) << "cannot squeeze dim " << axis << " of size "
                               << data.getDimSize(axis);
      removed[axis] = true;
    }
  } else {
    if (llvm::is_contained(data.getShape(), kDynamic))
      return success();
    for (int64_t i = 0; i < rank; ++i)
      removed[i] = data.getDimSize(i) == 1;
  }
  SmallVector<int64_t> dims;
  for (int64_t i = 0; i < rank; ++i)
    if (!removed[i])
      dims.push_back(data.getDimSize(i));
  setRankedResult(results, 0, dims);
  return success();
}

static LogicalResult inferConcat(Operation *op, SmallVectorImpl<Type> &results) {
  SmallVector<RankedTensorType> inputs;
  for (Value operand : op->getOperands()) {
    auto ranked = getRankedType(operand);
    if (!ranked)
      return success();
    inputs.push_back(ranked);
  }
  if (inputs.empty())
    return success();
  int64_t rank = inputs[0].getRank();
  int64_t axis = normalizeAxis(getIntAttr(op, "axis", 0), rank);
  SmallVector<int64_t> dims(rank, kDynamic);
  int64_t axisSize = 0;
  for (RankedTensorType input : inputs) {
    if (input.getRank() != rank)
      return emitNodeError(op) << "all inputs must have rank " << rank;
    for (int64_t i = 0; i < rank; ++i) {
      int64_t d = input.getDimSize(i);
      if (i == axis) {
        axisSize = (axisSize == kDynamic || d == kDynamic) ? kDynamic : axisSize + d;
      } else if (d != kDynamic) {
        if (dims[i] != kDynamic && dims[i] != d)
          return emitNodeError(op) << "inputs differ in dim " << i;
        dims[i] = d;
      }
    }
  }
  dims[axis] = axisSize;
  setRankedResult(results, 0, dims);
  return success();
}

/// Pad: each padded dim grows by its begin and end pads (the pads of the
/// listed axes, or of all axes).
static LogicalResult inferPad(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  int64_t rank = data.getRank();
  SmallVector<int64_t> allAxes;
  for (int64_t i = 0; i < rank; ++i)
    allAxes.push_back(i);
  // Pads computed from dims (CenterCropPad's definition) may still fold.
  auto pads = traceConstantShape(op->getOperand(1));
  auto axes = getOptionalInts(op, 3, allAxes);
  if (!pads || !axes) {
    setRankedResult(results, 0, SmallVector<int64_t>(rank, kDynamic));
    return success();
  }
  size_t n = axes->size();
  if (pads->size() != 2 * n)
    return emitNodeError(op) << "pads must have two entries per padded axis";
  SmallVector<int64_t> dims(data.getShape());
  for (size_t k = 0; k < n; ++k) {
    int64_t axis = normalizeAxis((*axes)[k], rank);
    if (axis < 0 || axis >= rank)
      return emitNodeError(op) << "axis " << (*axes)[k] << " is out of range";
    if (dims[axis] != kDynamic)
      dims[axis] += (*pads)[k] + (*pads)[k + n];
  }
  setRankedResult(results, 0, dims);
  return success();
}

/// Reshape with a shape computed at run time: the elements that trace to
/// positive constants, or to the input's own dim at the same position, are
/// known; the others are dynamic.
static void inferComputedReshape(Operation *op, SmallVectorImpl<Type> &results) {
  Value data = op->getOperand(0);
  auto dataType = getRankedType(data);
  if (auto elements = traceShapeExprs(op->getOperand(1))) {
    SmallVector<int64_t> dims;
    for (auto [i, element] : llvm::enumerate(*elements)) {
      std::optional<int64_t> constant = element.getConstant();
      if (constant && *constant > 0)
        dims.push_back(*constant);
      else if (dataType && element.isDimOf(data, i))
        dims.push_back(dataType.getDimSize(i));
      else
        dims.push_back(kDynamic);
    }
    setRankedResult(results, 0, dims);
    return;
  }
  auto shapeType = getRankedType(op->getOperand(1));
  if (shapeType && shapeType.getRank() == 1 && !shapeType.isDynamicDim(0))
    setRankedResult(results, 0, SmallVector<int64_t>(shapeType.getDimSize(0), kDynamic));
}

/// Reshape with a constant shape: 0 copies the input dim (allowzero = 0), -1
/// is inferred. With a dynamic input, -1 is still static when every dynamic
/// input dim is copied by a 0 at the same position.
static LogicalResult inferReshape(Operation *op, SmallVectorImpl<Type> &results) {
  auto shape = getConstantIntValues(op->getOperand(1));
  auto data = getRankedType(op->getOperand(0));
  if (!shape) {
    inferComputedReshape(op, results);
    return success();
  }
  bool allowZero = getIntAttr(op, "allowzero", 0) != 0;
  SmallVector<int64_t> dims;
  int64_t inferredIndex = -1;
  SmallVector<bool> copied(data ? data.getRank() : 0, false);
  for (auto [i, d] : llvm::enumerate(*shape)) {
    if (d == -1) {
      if (inferredIndex >= 0)
        return emitNodeError(op) << "shape has more than one -1";
      inferredIndex = i;
      dims.push_back(kDynamic);
    } else if (d == 0 && !allowZero) {
      if (!data || static_cast<int64_t>(i) >= data.getRank()) {
        dims.push_back(kDynamic);
      } else {
        dims.push_back(data.getDimSize(i));
        copied[i] = true;
      }
    } else if (d < 0) {
      return emitNodeError(op) << "shape has invalid dim " << d;
    } else {
      dims.push_back(d);
    }
  }
  if (inferredIndex >= 0 && data) {
    // Elements not accounted for by copied dims, over the other output dims.
    SmallVector<int64_t> inputRest, outputRest;
    for (int64_t i = 0; i < data.getRank(); ++i)
      if (!copied[i])
        inputRest.push_back(data.getDimSize(i));
    for (auto [i, d] : llvm::enumerate(dims))
      if (static_cast<int64_t>(i) != inferredIndex &&
          !(i < copied.size() && copied[i]))
        outputRest.push_back(d);
    int64_t in = product(inputRest), out = product(outputRest);
    if (in != kDynamic && out != kDynamic && out != 0) {
      if (in % out != 0)
        return emitNodeError(op) << "cannot reshape " << data << " into the shape";
      dims[inferredIndex] = in / out;
    }
  }
  setRankedResult(results, 0, dims);
  return success();
}

static LogicalResult inferFlatten(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  int64_t axis = normalizeAxis(getIntAttr(op, "axis", 1), data.getRank());
  if (axis < 0 || axis > data.getRank())
    return emitNodeError(op) << "axis is out of range";
  setRankedResult(results, 0,
                  {product(data.getShape().take_front(axis)),
                   product(data.getShape().drop_front(axis))});
  return success();
}

static LogicalResult inferTranspose(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  int64_t rank = data.getRank();
  SmallVector<int64_t> reversed;
  for (int64_t i = rank - 1; i >= 0; --i)
    reversed.push_back(i);
  SmallVector<int64_t> perm = getIntsAttr(op, "perm", reversed);
  if (static_cast<int64_t>(perm.size()) != rank)
    return emitNodeError(op) << "perm must have " << rank << " entries";
  SmallVector<int64_t> dims;
  for (int64_t p : perm) {
    if (p < 0 || p >= rank)
      return emitNodeError(op) << "perm entry " << p << " is out of range";
    dims.push_back(data.getDimSize(p));
  }
  setRankedResult(results, 0, dims);
  return success();
}

static LogicalResult inferConstantOfShape(Operation *op,
                                          SmallVectorImpl<Type> &results) {
  if (auto shape = getConstantIntValues(op->getOperand(0)))
    setRankedResult(results, 0, *shape);
  else if (auto shapeType = getRankedType(op->getOperand(0));
           shapeType && !shapeType.isDynamicDim(0))
    setRankedResult(results, 0,
                    SmallVector<int64_t>(shapeType.getDimSize(0), kDynamic));
  return success();
}

/// Range: ceil((limit - start) / delta) elements when all three are known.
static LogicalResult inferRange(Operation *op, SmallVectorImpl<Type> &results) {
  std::optional<double> bounds[3];
  for (unsigned i = 0; i < 3; ++i) {
    if (auto ints = getConstantIntValues(op->getOperand(i)); ints && ints->size() == 1)
      bounds[i] = static_cast<double>((*ints)[0]);
    else
      bounds[i] = getConstantScalarFloat(op->getOperand(i));
  }
  if (!bounds[0] || !bounds[1] || !bounds[2]) {
    setRankedResult(results, 0, {kDynamic});
    return success();
  }
  if (*bounds[2] == 0)
    return emitNodeError(op) << "delta must not be zero";
  double count = std::ceil((*bounds[1] - *bounds[0]) / *bounds[2]);
  setRankedResult(results, 0, {static_cast<int64_t>(std::max(0.0, count))});
  return success();
}

/// Expand with a shape computed at run time (from dims or data): the rank
/// is the longer of the two; a result dim is the data's where the data's is
/// static and not 1, the shape's where that is a known constant and the
/// data's is 1 or missing, and dynamic otherwise (a dynamic data dim is
/// never taken for a 1 that broadcasts).
static void inferComputedExpand(Operation *op, RankedTensorType data,
                                SmallVectorImpl<Type> &results) {
  auto shapeType = getRankedType(op->getOperand(1));
  if (!shapeType || shapeType.getRank() != 1 || shapeType.isDynamicDim(0))
    return;
  int64_t length = shapeType.getDimSize(0);
  auto elements = traceShapeExprs(op->getOperand(1));
  int64_t rank = std::max(length, data.getRank());
  SmallVector<int64_t> dims(rank, kDynamic);
  for (int64_t i = 0; i < rank; ++i) {
    int64_t d = i - (rank - data.getRank());
    int64_t s = i - (rank - length);
    int64_t dataDim = d >= 0 ? data.getDimSize(d) : 1;
    std::optional<int64_t> shapeDim;
    if (s >= 0 && elements)
      shapeDim = (*elements)[s].getConstant();
    else if (s < 0)
      shapeDim = 1;
    if (dataDim != kDynamic && dataDim != 1)
      dims[i] = dataDim;
    else if (dataDim == 1 && shapeDim && *shapeDim >= 0)
      dims[i] = *shapeDim;
  }
  setRankedResult(results, 0, dims);
}

static LogicalResult inferExpand(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  auto shape = getConstantIntValues(op->getOperand(1));
  if (!shape) {
    inferComputedExpand(op, data, results);
    return success();
  }
  FailureOr<SmallVector<int64_t>> dims = broadcastShapes(
      {SmallVector<int64_t>(data.getShape()), SmallVector<int64_t>(*shape)});
  if (failed(dims))
    return emitNodeError(op) << "input cannot be expanded to the shape";
  setRankedResult(results, 0, *dims);
  return success();
}

/// Split: the input with the axis cut into the constant `split` sizes, or
/// into parts of ceil(dim / n) (the last one what is left) without it; the
/// axis is dynamic where those are not known.
static LogicalResult inferSplit(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  int64_t axis = normalizeAxis(getIntAttr(op, "axis", 0), data.getRank());
  if (axis < 0 || axis >= data.getRank())
    return emitNodeError(op) << "axis is out of range for rank " << data.getRank();
  int64_t n = results.size();
  bool hasSplit = op->getNumOperands() > 1 && !isNoValue(op->getOperand(1));
  std::optional<SmallVector<int64_t>> split;
  if (hasSplit) {
    split = getConstantIntValues(op->getOperand(1));
    if (split && static_cast<int64_t>(split->size()) != n)
      return emitNodeError(op) << "split has " << split->size() << " entries for " << n
                               << " outputs";
  }
  int64_t dim = data.getDimSize(axis);
  int64_t chunk = dim == kDynamic ? kDynamic : (dim + n - 1) / n;
  for (int64_t i = 0; i < n; ++i) {
    SmallVector<int64_t> dims(data.getShape());
    if (split)
      dims[axis] = (*split)[i];
    else if (hasSplit || chunk == kDynamic)
      dims[axis] = kDynamic;
    else
      dims[axis] = std::min(chunk, std::max<int64_t>(dim - i * chunk, 0));
    setRankedResult(results, i, dims);
  }
  return success();
}

/// Tile: each dim times its repeat; dims whose repeat is not a constant
/// are dynamic.
static LogicalResult inferTile(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  int64_t rank = data.getRank();
  auto repeatsType = getRankedType(op->getOperand(1));
  if (repeatsType && (repeatsType.getRank() != 1 ||
                      (!repeatsType.isDynamicDim(0) && repeatsType.getDimSize(0) != rank)))
    return emitNodeError(op) << "repeats must be a 1-D tensor of " << rank << " elements";
  SmallVector<int64_t> dims(rank, kDynamic);
  if (auto repeats = getConstantIntValues(op->getOperand(1))) {
    if (static_cast<int64_t>(repeats->size()) != rank)
      return emitNodeError(op) << "repeats must have " << rank << " elements";
    for (int64_t i = 0; i < rank; ++i) {
      if ((*repeats)[i] < 0)
        return emitNodeError(op) << "repeats element " << (*repeats)[i] << " is negative";
      if (!data.isDynamicDim(i))
        dims[i] = data.getDimSize(i) * (*repeats)[i];
      else if ((*repeats)[i] == 0)
        dims[i] = 0;
    }
  }
  setRankedResult(results, 0, dims);
  return success();
}

/// TopK: the input with the axis cut to k (dynamic when k is not a
/// constant); values and indices alike.
static LogicalResult inferTopK(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  int64_t rank = data.getRank();
  int64_t axis = normalizeAxis(getIntAttr(op, "axis", -1), rank);
  if (axis < 0 || axis >= rank)
    return emitNodeError(op) << "axis is out of range for rank " << rank;
  SmallVector<int64_t> dims(data.getShape());
  dims[axis] = kDynamic;
  if (auto k = getConstantIntValues(op->getOperand(1))) {
    if (k->size() != 1)
      return emitNodeError(op) << "k must have one element";
    int64_t n = data.getDimSize(axis);
    if ((*k)[0] < 0 || (n != kDynamic && (*k)[0] > n))
      return emitNodeError(op) << "k " << (*k)[0] << " is out of range for an axis of size "
                               << n;
    dims[axis] = (*k)[0];
  }
  for (unsigned i = 0; i < results.size() && i < 2; ++i)
    setRankedResult(results, i, dims);
  return success();
}

void addTensorShapeFunctions(llvm::StringMap<ShapeFunction> &functions) {
  functions["Tile"] = inferTile;
  functions["TopK"] = inferTopK;
  functions["Split"] = inferSplit;
  functions["Constant"] = inferConstant;
  functions["Shape"] = inferShape;
  functions["Size"] = inferSize;
  functions["Gather"] = inferGather;
  functions["Slice"] = inferSlice;
  functions["Unsqueeze"] = inferUnsqueeze;
  functions["Squeeze"] = inferSqueeze;
  functions["Concat"] = inferConcat;
  functions["Pad"] = inferPad;
  functions["Reshape"] = inferReshape;
  functions["Flatten"] = inferFlatten;
  functions["Transpose"] = inferTranspose;
  functions["ConstantOfShape"] = inferConstantOfShape;
  functions["Expand"] = inferExpand;
  functions["Range"] = inferRange;
}

} // namespace onnxc::onnx
