//===- ONNXFolds.cpp - folders of onnx ops --------------------------------===//
//
// Folders that collapse shape computations on static shapes (the
// Shape -> Gather -> Unsqueeze -> Concat -> Reshape chain of a PyTorch
// `x.view(x.size(0), -1)`) and drop no-op conversions. Each returns an
// attribute of exactly the op's result type, or nothing.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXOpsDefsCommon.h"
#include "dialects/onnx/ShapeInferenceUtils.h"

using namespace mlir;

namespace onnxc::onnx {

/// An i64 tensor of `resultType` holding `values`, or null when the result
/// type is not a static i64 tensor of that many elements.
static Attribute makeIntTensor(Type resultType, ArrayRef<int64_t> values) {
  auto type = dyn_cast<RankedTensorType>(resultType);
  if (!type || !type.hasStaticShape() || !type.getElementType().isInteger(64) ||
      type.getNumElements() != static_cast<int64_t>(values.size()))
    return nullptr;
  return DenseElementsAttr::get(type, values);
}

/// Constant folds to its value.
OpFoldResult ConstantOp::fold(FoldAdaptor) {
  return (*this)->getAttr("value");
}

/// Identity(x) -> x.
OpFoldResult IdentityOp::fold(FoldAdaptor) {
  if (getOperand().getType() != getType())
    return nullptr;
  return getOperand();
}

/// Shape of a tensor with static dims in [start, end) -> constant.
OpFoldResult ShapeOp::fold(FoldAdaptor) {
  auto data = getRankedType(getOperand());
  if (!data)
    return nullptr;
  auto [start, end] = getShapeOpRange(*this, data.getRank());
  ArrayRef<int64_t> dims = data.getShape().slice(start, end - start);
  if (llvm::is_contained(dims, kDynamic))
    return nullptr;
  return makeIntTensor(getType(), dims);
}

/// Size of a static tensor -> constant.
OpFoldResult SizeOp::fold(FoldAdaptor) {
  auto data = getRankedType(getOperand());
  if (!data || !data.hasStaticShape())
    return nullptr;
  return makeIntTensor(getType(), {data.getNumElements()});
}

/// Gather along axis 0 of a constant 1-D integer tensor -> constant.
OpFoldResult GatherOp::fold(FoldAdaptor adaptor) {
  auto data = getIntValues(dyn_cast_or_null<ElementsAttr>(adaptor.getOperands()[0]));
  auto indices =
      getIntValues(dyn_cast_or_null<ElementsAttr>(adaptor.getOperands()[1]));
  auto dataType = getRankedType(getOperand(0));
  if (!data || !indices || !dataType || dataType.getRank() != 1)
    return nullptr;
  SmallVector<int64_t> values;
  int64_t size = data->size();
  for (int64_t index : *indices) {
    index = index < 0 ? index + size : index;
    if (index < 0 || index >= size)
      return nullptr;
    values.push_back((*data)[index]);
  }
  return makeIntTensor(getType(), values);
}

/// Unsqueeze and Squeeze of a constant integer tensor -> reshaped constant.
static Attribute foldReshapedConstant(Attribute input, Type resultType) {
  auto values = getIntValues(dyn_cast_or_null<ElementsAttr>(input));
  if (!values)
    return nullptr;
  return makeIntTensor(resultType, *values);
}

OpFoldResult UnsqueezeOp::fold(FoldAdaptor adaptor) {
  return foldReshapedConstant(adaptor.getOperands()[0], getType());
}

OpFoldResult SqueezeOp::fold(FoldAdaptor adaptor) {
  return foldReshapedConstant(adaptor.getOperands()[0], getType());
}

/// Concat of constant 1-D integer tensors -> constant.
OpFoldResult ConcatOp::fold(FoldAdaptor adaptor) {
  SmallVector<int64_t> values;
  for (Attribute operand : adaptor.getOperands()) {
    auto part = getIntValues(dyn_cast_or_null<ElementsAttr>(operand));
    if (!part)
      return nullptr;
    llvm::append_range(values, *part);
  }
  auto type = getRankedType(getResult());
  if (!type || type.getRank() != 1)
    return nullptr;
  return makeIntTensor(getType(), values);
}

/// Cast to the type the input already has -> the input.
OpFoldResult CastOp::fold(FoldAdaptor) {
  if (getOperand().getType() != getType())
    return nullptr;
  return getOperand();
}

/// Reshape to the static type the input already has -> the input.
OpFoldResult ReshapeOp::fold(FoldAdaptor) {
  auto type = getRankedType(getResult());
  if (!type || !type.hasStaticShape() || getOperand(0).getType() != type)
    return nullptr;
  return getOperand(0);
}

} // namespace onnxc::onnx
