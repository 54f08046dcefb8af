//===- ShapeInference.cpp - result types of onnx ops ----------------------===//
//
// The driver: element types from the schemas' type constraints (a table that
// utils/gen_onnx_dialect.py generates), then the per-category shape
// functions, then a merge with what the op already declared. Elementwise
// shape functions live here; NN and tensor ones in their own files.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ShapeInference.h"
#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ElementTypes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeInferenceUtils.h"
#include "mlir/IR/Builders.h"

using namespace mlir;

namespace onnxc::onnx {

//===----------------------------------------------------------------------===//
// Element types from the ONNX type constraints
//===----------------------------------------------------------------------===//

namespace {
enum class FixedType { F32, F64, F16, BF16, I1, I8, I16, I32, I64, UI8, UI16, UI32, UI64 };

struct ElementTypeRule {
  enum Kind { SameAsOperand, Fixed, Unknown } kind;
  int operand;
  FixedType fixed;
};

struct OpElementTypeRules {
  const char *opType;
  std::initializer_list<ElementTypeRule> results;
};
} // namespace

#define ONNX_SAME_AS_OPERAND(i)                                                \
  ElementTypeRule { ElementTypeRule::SameAsOperand, i, FixedType::F32 }
#define ONNX_FIXED(k)                                                          \
  ElementTypeRule { ElementTypeRule::Fixed, -1, FixedType::k }
#define ONNX_UNKNOWN                                                           \
  ElementTypeRule { ElementTypeRule::Unknown, -1, FixedType::F32 }
#define ONNX_ELEMENT_TYPE_RULE(name, ...) {name, __VA_ARGS__},

static const OpElementTypeRules kElementTypeRules[] = {
#include "dialects/onnx/ONNXElementTypeRules.gen.inc"
};

static Type getFixedType(MLIRContext *ctx, FixedType fixed) {
  Builder b(ctx);
  auto unsignedInt = [&](unsigned w) {
    return IntegerType::get(ctx, w, IntegerType::Unsigned);
  };
  switch (fixed) {
  case FixedType::F32: return b.getF32Type();
  case FixedType::F64: return b.getF64Type();
  case FixedType::F16: return b.getF16Type();
  case FixedType::BF16: return b.getBF16Type();
  case FixedType::I1: return b.getI1Type();
  case FixedType::I8: return b.getI8Type();
  case FixedType::I16: return b.getI16Type();
  case FixedType::I32: return b.getI32Type();
  case FixedType::I64: return b.getI64Type();
  case FixedType::UI8: return unsignedInt(8);
  case FixedType::UI16: return unsignedInt(16);
  case FixedType::UI32: return unsignedInt(32);
  case FixedType::UI64: return unsignedInt(64);
  }
  return nullptr;
}

static const llvm::StringMap<const OpElementTypeRules *> &elementTypeRules() {
  static const llvm::StringMap<const OpElementTypeRules *> rules = [] {
    llvm::StringMap<const OpElementTypeRules *> map;
    for (const OpElementTypeRules &entry : kElementTypeRules)
      map[entry.opType] = &entry;
    return map;
  }();
  return rules;
}

Type inferElementType(Operation *op, unsigned index) {
  // Element types that attributes decide.
  StringRef opType = op->getName().stripDialect();
  if (opType == "BitCast")
    return getElementType(op->getContext(), getIntAttr(op, "to", 0));
  if (opType == "Cast" || opType == "CastLike") {
    if (opType == "CastLike")
      return getElementTypeOf(op->getOperand(1));
    return getElementType(op->getContext(), getIntAttr(op, "to", 0));
  }
  if (opType == "Constant" || opType == "ConstantOfShape") {
    if (auto value = dyn_cast_or_null<ElementsAttr>(op->getAttr("value")))
      return value.getElementType();
    if (opType == "ConstantOfShape")
      return Float32Type::get(op->getContext()); // the spec's default value
  }
  if (opType == "If" || opType == "Loop" || opType == "Scan")
    return inferControlFlowElementType(op, index);
  if (opType == "LayerNormalization" && index > 0) // Mean, InvStdDev: U
    return getElementType(op->getContext(), getIntAttr(op, "stash_type", 1));
  if (opType == "EyeLike") {
    if (hasAttr(op, "dtype"))
      return getElementType(op->getContext(), getIntAttr(op, "dtype", 0));
    return getElementTypeOf(op->getOperand(0));
  }

  // QuantizeLinear: the zero point's type, else output_dtype, else uint8;
  // DequantizeLinear: output_dtype, else the scale's type.
  if (opType == "QuantizeLinear") {
    if (op->getNumOperands() > 2 && !isa<NoneType>(op->getOperand(2).getType()))
      return getElementTypeOf(op->getOperand(2));
    if (int64_t dtype = getIntAttr(op, "output_dtype", 0))
      return getElementType(op->getContext(), dtype);
    return IntegerType::get(op->getContext(), 8, IntegerType::Unsigned);
  }
  if (opType == "DequantizeLinear") {
    if (int64_t dtype = getIntAttr(op, "output_dtype", 0))
      return getElementType(op->getContext(), dtype);
    return getElementTypeOf(op->getOperand(1));
  }

  auto it = elementTypeRules().find(opType);
  if (it == elementTypeRules().end() || it->second->results.size() == 0)
    return nullptr;
  // A variadic last result (Split's outputs) shares one rule.
  size_t ruleIndex = std::min<size_t>(index, it->second->results.size() - 1);
  const ElementTypeRule &rule = *(it->second->results.begin() + ruleIndex);
  switch (rule.kind) {
  case ElementTypeRule::SameAsOperand:
    if (rule.operand < static_cast<int>(op->getNumOperands()))
      return getElementTypeOf(op->getOperand(rule.operand));
    return nullptr;
  case ElementTypeRule::Fixed:
    return getFixedType(op->getContext(), rule.fixed);
  case ElementTypeRule::Unknown:
    return nullptr;
  }
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Merging inferred and declared types
//===----------------------------------------------------------------------===//

/// The more precise of `declared` and `inferred`, or failure when their
/// static dims or element types disagree.
static FailureOr<Type> mergeTypes(Type declared, Type inferred) {
  auto declaredTensor = dyn_cast<TensorType>(declared);
  auto inferredTensor = dyn_cast<TensorType>(inferred);
  if (!inferredTensor)
    return declared;
  if (!declaredTensor)
    return isa<NoneType>(declared) ? inferred : declared;
  if (declaredTensor.getElementType() != inferredTensor.getElementType())
    return failure();
  if (!inferredTensor.hasRank())
    return declared;
  if (!declaredTensor.hasRank())
    return inferred;
  if (declaredTensor.getRank() != inferredTensor.getRank())
    return failure();
  SmallVector<int64_t> dims;
  for (auto [a, b] : llvm::zip(declaredTensor.getShape(), inferredTensor.getShape())) {
    if (a != kDynamic && b != kDynamic && a != b)
      return failure();
    dims.push_back(a == kDynamic ? b : a);
  }
  return Type(RankedTensorType::get(dims, declaredTensor.getElementType()));
}

static const llvm::StringMap<ShapeFunction> &shapeFunctions() {
  static const llvm::StringMap<ShapeFunction> functions = [] {
    llvm::StringMap<ShapeFunction> map;
    addElementwiseShapeFunctions(map);
    addNNShapeFunctions(map);
    addTensorShapeFunctions(map);
    addIndexingShapeFunctions(map);
    addControlFlowShapeFunctions(map);
    addImageShapeFunctions(map);
    addRecurrentShapeFunctions(map);
    return map;
  }();
  return functions;
}

LogicalResult inferShapes(Operation *op) {
  // Results of `none` type are absent optional outputs: they stay absent.
  SmallVector<Type> results;
  for (OpResult result : op->getResults()) {
    Type type = result.getType();
    if (auto tensor = dyn_cast<TensorType>(type); tensor && !tensor.hasRank())
      if (Type element = inferElementType(op, result.getResultNumber()))
        type = UnrankedTensorType::get(element);
    results.push_back(type);
  }
  auto it = shapeFunctions().find(op->getName().stripDialect());
  if (it != shapeFunctions().end() && failed(it->second(op, results)))
    return failure();
  for (auto [result, inferred] : llvm::zip(op->getResults(), results)) {
    if (isa<NoneType>(result.getType()))
      continue;
    FailureOr<Type> merged = mergeTypes(result.getType(), inferred);
    if (failed(merged))
      return emitNodeError(op) << "output " << result.getResultNumber()
                               << " is declared as " << result.getType()
                               << " but the inputs give " << inferred;
    result.setType(*merged);
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Elementwise and broadcasting ops
//===----------------------------------------------------------------------===//

FailureOr<SmallVector<int64_t>>
broadcastShapes(ArrayRef<SmallVector<int64_t>> shapes) {
  size_t rank = 0;
  for (const auto &shape : shapes)
    rank = std::max(rank, shape.size());
  SmallVector<int64_t> result(rank, 1);
  for (const auto &shape : shapes) {
    size_t offset = rank - shape.size();
    for (size_t i = 0; i < shape.size(); ++i) {
      int64_t &out = result[offset + i];
      int64_t dim = shape[i];
      if (dim == 1)
        continue;
      if (out == 1 || out == kDynamic) {
        // A dynamic dim may be 1 at run time; a static one decides.
        if (out == 1 || dim != kDynamic)
          out = dim;
        continue;
      }
      if (dim != kDynamic && dim != out)
        return failure();
    }
  }
  return result;
}

/// Result 0 has operand 0's shape (unary ops, normalisations, Softmax).
static LogicalResult sameShapeAsFirstOperand(Operation *op,
                                             SmallVectorImpl<Type> &results) {
  if (auto input = getRankedType(op->getOperand(0)))
    setRankedResult(results, 0, input.getShape());
  return success();
}

/// Dropout: the output and the mask (result 1, when asked for) take the
/// input's shape.
static LogicalResult dropoutShapes(Operation *op, SmallVectorImpl<Type> &results) {
  if (auto input = getRankedType(op->getOperand(0)))
    for (unsigned i = 0; i < results.size(); ++i)
      setRankedResult(results, i, input.getShape());
  return success();
}

/// Result 0 is the broadcast of every (present) operand.
static LogicalResult broadcastOperands(Operation *op,
                                       SmallVectorImpl<Type> &results) {
  SmallVector<SmallVector<int64_t>> shapes;
  for (Value operand : op->getOperands()) {
    if (isa<NoneType>(operand.getType()))
      continue;
    auto ranked = getRankedType(operand);
    if (!ranked)
      return success();
    shapes.emplace_back(ranked.getShape());
  }
  FailureOr<SmallVector<int64_t>> shape = broadcastShapes(shapes);
  if (failed(shape))
    return emitNodeError(op) << "inputs cannot be broadcast together";
  setRankedResult(results, 0, *shape);
  return success();
}

/// DynamicQuantizeLinear: y like x; y_scale and y_zero_point are scalars.
static LogicalResult inferDynamicQuantizeLinear(Operation *op,
                                                SmallVectorImpl<Type> &results) {
  if (auto input = getRankedType(op->getOperand(0)))
    setRankedResult(results, 0, input.getShape());
  for (unsigned i = 1; i < results.size(); ++i)
    setRankedResult(results, i, {});
  return success();
}

void addElementwiseShapeFunctions(llvm::StringMap<ShapeFunction> &functions) {
  for (const char *opType :
       {"Relu", "LeakyRelu", "Sigmoid", "Tanh", "Exp", "Log", "Sqrt", "Neg",
        "Abs", "Erf", "Identity", "Reciprocal", "Floor", "Ceil", "Round",
        "Softmax", "LogSoftmax", "Clip", "Elu", "Selu", "HardSigmoid",
        "HardSwish", "Gelu", "Not", "Sin", "Cos", "Softplus", "Sign", "IsNaN",
        "Cast", "CastLike", "BatchNormalization",
        "InstanceNormalization", "Mish", "IsInf", "BitwiseNot", "Trilu",
        "CumSum", "CumProd", "Shrink", "ThresholdedRelu", "Softsign", "Tan",
        "Sinh", "Cosh", "Asin", "Acos", "Atan", "Asinh", "Acosh", "Atanh",
        "Celu", "Swish", "Hardmax", "LpNormalization", "LRN",
        "MeanVarianceNormalization", "EyeLike", "RMSNormalization",
        "RotaryEmbedding", "QuantizeLinear", "DequantizeLinear",
        "ReverseSequence", "BitCast"})
    functions[opType] = sameShapeAsFirstOperand;
  functions["Dropout"] = dropoutShapes;
  functions["DynamicQuantizeLinear"] = inferDynamicQuantizeLinear;
  for (const char *opType :
       {"Add", "Sub", "Mul", "Div", "Pow", "Max", "Min", "Sum", "Mean",
        "Equal", "Less", "Greater", "LessOrEqual", "GreaterOrEqual", "And",
        "Or", "Xor", "Where", "PRelu", "Mod", "BitShift", "BitwiseAnd",
        "BitwiseOr", "BitwiseXor"})
    functions[opType] = broadcastOperands;
}

} // namespace onnxc::onnx
