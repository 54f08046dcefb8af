//===- ShapeInferenceIndexing.cpp - shapes of the indexed-access ops ------===//
//
// GatherElements, GatherND, ScatterElements, ScatterND and OneHot: the ops
// whose indices are tensor data (Gather lives with the tensor ops).
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeInference.h"
#include "dialects/onnx/ShapeInferenceUtils.h"

using namespace mlir;

namespace onnxc::onnx {

/// GatherElements: the result has the indices' shape.
static LogicalResult inferGatherElements(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  auto indices = getRankedType(op->getOperand(1));
  if (!indices)
    return success();
  if (data && data.getRank() != indices.getRank())
    return emitNodeError(op) << "indices have rank " << indices.getRank()
                             << ", data has rank " << data.getRank();
  setRankedResult(results, 0, indices.getShape());
  return success();
}

/// GatherND: indices.shape[:-1] + data.shape[batch_dims + k:], where k is
/// the indices' last dim (how many data dims each index tuple addresses).
static LogicalResult inferGatherND(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  auto indices = getRankedType(op->getOperand(1));
  if (!data || !indices)
    return success();
  int64_t batchDims = getIntAttr(op, "batch_dims", 0);
  int64_t q = indices.getRank(), r = data.getRank();
  if (q < 1 || batchDims < 0 || batchDims >= std::min(q, r))
    return emitNodeError(op) << "batch_dims " << batchDims << " needs indices and data of "
                             << "higher rank (" << q << ", " << r << ")";
  int64_t k = indices.getDimSize(q - 1);
  if (k == kDynamic) {
    results[0] = UnrankedTensorType::get(getElementTypeOf(op->getOperand(0)));
    return success();
  }
  if (k < 1 || batchDims + k > r)
    return emitNodeError(op) << "index tuples of length " << k << " do not fit data of rank "
                             << r << " with batch_dims " << batchDims;
  SmallVector<int64_t> dims(indices.getShape().drop_back());
  llvm::append_range(dims, data.getShape().drop_front(batchDims + k));
  setRankedResult(results, 0, dims);
  return success();
}

/// OneHot's depth when it is a constant (of any numeric type; a float
/// depth counts its integer part, as ONNX says).
static std::optional<int64_t> getConstantDepth(Value depth) {
  if (auto ints = getConstantIntValues(depth); ints && ints->size() == 1)
    return ints->front();
  if (std::optional<double> value = getConstantScalarFloat(depth))
    return static_cast<int64_t>(*value);
  return std::nullopt;
}

/// OneHot: the indices' shape with a dim of `depth` inserted at `axis`.
static LogicalResult inferOneHot(Operation *op, SmallVectorImpl<Type> &results) {
  auto indices = getRankedType(op->getOperand(0));
  if (!indices)
    return success();
  int64_t rank = indices.getRank() + 1;
  int64_t axis = normalizeAxis(getIntAttr(op, "axis", -1), rank);
  if (axis < 0 || axis >= rank)
    return emitNodeError(op) << "axis is out of range for a result of rank " << rank;
  std::optional<int64_t> depth = getConstantDepth(op->getOperand(1));
  if (depth && *depth < 1)
    return emitNodeError(op) << "depth " << *depth << " is not positive";
  SmallVector<int64_t> dims(indices.getShape());
  dims.insert(dims.begin() + axis, depth.value_or(kDynamic));
  setRankedResult(results, 0, dims);
  return success();
}

/// The scatters: the result has the data's shape.
static LogicalResult inferScatter(Operation *op, SmallVectorImpl<Type> &results) {
  if (auto data = getRankedType(op->getOperand(0)))
    setRankedResult(results, 0, data.getShape());
  return success();
}

void addIndexingShapeFunctions(llvm::StringMap<ShapeFunction> &functions) {
  functions["GatherElements"] = inferGatherElements;
  functions["GatherND"] = inferGatherND;
  functions["OneHot"] = inferOneHot;
  functions["ScatterElements"] = inferScatter;
  functions["ScatterND"] = inferScatter;
}

} // namespace onnxc::onnx
