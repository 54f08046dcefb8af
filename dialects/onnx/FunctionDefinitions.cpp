//===- FunctionDefinitions.cpp - operators expanded into their ONNX functions ===//
//
// Reads the generated table (one serialized FunctionProto per operator
// version and context), picks the definition that applies to an op, and
// builds its nodes as onnx ops the way the importer builds a graph's nodes:
// absent inputs as onnx.NoValue, attributes as the dialect's attribute kinds,
// result types from the dialect's element-type rules and shape inference.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/FunctionDefinitions.h"
#include "dialects/onnx/ElementTypes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/OperationArity.h"
#include "dialects/onnx/ShapeInference.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include <onnx/onnx_pb.h>
#include <vector>

using namespace mlir;

namespace onnxc::onnx {

namespace {
struct Definition {
  const char *op;
  int64_t sinceVersion;
  int64_t bodyOpset;
  const char *conditions;
  StringRef body;
  StringRef defaults;
};

struct OperatorVersions {
  const char *op;
  std::vector<int64_t> versions;
};
} // namespace

#define ONNX_FUNCTION(OP, SINCE, OPSET, CONDITIONS, BODY, DEFAULTS)            \
  Definition{OP, SINCE, OPSET, CONDITIONS, StringRef(BODY, sizeof(BODY) - 1),   \
             StringRef(DEFAULTS, sizeof(DEFAULTS) - 1)},
#define ONNX_OPERATOR_VERSIONS(OP, ...)
static const Definition kDefinitions[] = {
#include "dialects/onnx/ONNXFunctions.gen.inc"
};
#undef ONNX_FUNCTION
#undef ONNX_OPERATOR_VERSIONS

#define ONNX_FUNCTION(...)
#define ONNX_OPERATOR_VERSIONS(OP, ...) OperatorVersions{OP, {__VA_ARGS__}},
static const OperatorVersions kVersions[] = {
#include "dialects/onnx/ONNXFunctions.gen.inc"
};
#undef ONNX_FUNCTION
#undef ONNX_OPERATOR_VERSIONS

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

/// A small tensor of the generated table (always raw little-endian data).
static ElementsAttr tensorAttr(Builder &builder, const ::onnx::TensorProto &tensor) {
  Type element = getElementType(builder.getContext(), tensor.data_type());
  if (!element || element.isInteger(1) || !tensor.has_raw_data())
    return nullptr;
  SmallVector<int64_t> dims(tensor.dims().begin(), tensor.dims().end());
  auto type = RankedTensorType::get(dims, element);
  const std::string &raw = tensor.raw_data();
  return DenseElementsAttr::getFromRawBuffer(type, ArrayRef<char>(raw.data(), raw.size()));
}

/// The dialect's attribute for an ONNX attribute (as the importer makes it).
static Attribute protoAttr(Builder &builder, const ::onnx::AttributeProto &attr) {
  switch (attr.type()) {
  case ::onnx::AttributeProto::INT:
    return builder.getI64IntegerAttr(attr.i());
  case ::onnx::AttributeProto::FLOAT:
    return builder.getF32FloatAttr(attr.f());
  case ::onnx::AttributeProto::STRING:
    return builder.getStringAttr(attr.s());
  case ::onnx::AttributeProto::INTS:
    return builder.getDenseI64ArrayAttr(
        SmallVector<int64_t>(attr.ints().begin(), attr.ints().end()));
  case ::onnx::AttributeProto::FLOATS:
    return builder.getDenseF32ArrayAttr(
        SmallVector<float>(attr.floats().begin(), attr.floats().end()));
  case ::onnx::AttributeProto::STRINGS: {
    SmallVector<Attribute> strings;
    for (const std::string &s : attr.strings())
      strings.push_back(builder.getStringAttr(s));
    return builder.getArrayAttr(strings);
  }
  case ::onnx::AttributeProto::TENSOR:
    return tensorAttr(builder, attr.t());
  default:
    return nullptr;
  }
}

namespace {
/// One expansion: the op, its definition, and the values built so far.
class Expansion {
public:
  Expansion(Operation *op, OpBuilder &builder, const Definition &definition,
            const ::onnx::NodeProto &defaults)
      : op(op), builder(builder), definition(definition), defaults(defaults) {}

  FailureOr<SmallVector<Value>> build(const ::onnx::FunctionProto &function,
                                      std::string &whyNot);

private:
  Attribute callerAttr(StringRef name);
  LogicalResult buildNode(const ::onnx::NodeProto &node, Location loc,
                          std::string &whyNot);
  Value noValue(Location loc);

  Operation *op;
  OpBuilder &builder;
  const Definition &definition;
  const ::onnx::NodeProto &defaults;
  llvm::StringMap<Value> values;
  Value none;
  SmallVector<Operation *> built;
};
} // namespace

/// The caller's attribute `name`, else the operator's default, else null.
Attribute Expansion::callerAttr(StringRef name) {
  if (Attribute attr = op->getAttr(name))
    return attr;
  for (const ::onnx::AttributeProto &attr : defaults.attribute())
    if (attr.name() == name)
      return protoAttr(builder, attr);
  return nullptr;
}

/// Constant's value_float/value_ints/... referring to a caller attribute:
/// the `value` tensor the dialect's Constant holds.
static ElementsAttr constantValue(Builder &builder, StringRef kind, Attribute attr) {
  if (auto elements = dyn_cast<ElementsAttr>(attr))
    return elements;
  if (auto f = dyn_cast<FloatAttr>(attr); f && kind == "value_float")
    return DenseElementsAttr::get(RankedTensorType::get({}, builder.getF32Type()),
                                  static_cast<float>(f.getValueAsDouble()));
  if (auto i = dyn_cast<IntegerAttr>(attr); i && kind == "value_int")
    return DenseElementsAttr::get(RankedTensorType::get({}, builder.getI64Type()),
                                  i.getInt());
  if (auto fs = dyn_cast<DenseF32ArrayAttr>(attr); fs && kind == "value_floats")
    return DenseElementsAttr::get(
        RankedTensorType::get({fs.size()}, builder.getF32Type()), fs.asArrayRef());
  if (auto is = dyn_cast<DenseI64ArrayAttr>(attr); is && kind == "value_ints")
    return DenseElementsAttr::get(
        RankedTensorType::get({is.size()}, builder.getI64Type()), is.asArrayRef());
  return nullptr;
}

Value Expansion::noValue(Location loc) {
  if (!none) {
    none = NoValueOp::create(builder, loc, builder.getNoneType());
    built.push_back(none.getDefiningOp());
  }
  return none;
}

LogicalResult Expansion::buildNode(const ::onnx::NodeProto &node, Location loc,
                                   std::string &whyNot) {
  std::string name = "onnx." + node.op_type();
  std::optional<RegisteredOperationName> registered =
      RegisteredOperationName::lookup(name, builder.getContext());
  if (!registered) {
    whyNot = "its definition uses unknown operator " + node.op_type();
    return failure();
  }
  OperationState state(loc, *registered);
  Arity operands = getOperandArity(*registered);
  for (const std::string &input : node.input()) {
    auto it = values.find(input);
    state.addOperands(input.empty() || it == values.end() || !it->second
                          ? noValue(loc)
                          : it->second);
  }
  for (unsigned i = node.input_size(); i < operands.fixed; ++i)
    state.addOperands(noValue(loc));

  for (const ::onnx::AttributeProto &attr : node.attribute()) {
    Attribute value = attr.ref_attr_name().empty() ? protoAttr(builder, attr)
                                                   : callerAttr(attr.ref_attr_name());
    if (!attr.ref_attr_name().empty() && !value)
      continue; // ONNX: a reference to an unset attribute leaves it unset
    StringRef attrName = attr.name();
    if (node.op_type() == "Constant" && attrName != "value") {
      value = constantValue(builder, attrName, value);
      attrName = "value";
    }
    if (!value) {
      whyNot = "its definition's " + node.op_type() + " has attribute '" +
               attr.name() + "' of a kind the compiler cannot build";
      return failure();
    }
    state.addAttribute(attrName, value);
  }
  if (node.op_type() == "Constant") {
    auto value = dyn_cast_or_null<ElementsAttr>(state.attributes.get("value"));
    if (!value) {
      whyNot = "its definition has a Constant without a value";
      return failure();
    }
    state.addTypes(value.getType());
  } else {
    Arity results = getResultArity(*registered);
    unsigned count = std::max<unsigned>(results.fixed, node.output_size());
    for (unsigned i = 0; i < count; ++i)
      state.addTypes(builder.getNoneType());
  }
  Operation *created = builder.create(state);
  built.push_back(created);
  for (OpResult result : created->getResults()) {
    unsigned i = result.getResultNumber();
    if (i < static_cast<unsigned>(node.output_size()) && !node.output(i).empty() &&
        isa<NoneType>(result.getType()))
      if (Type element = inferElementType(created, i))
        result.setType(UnrankedTensorType::get(element));
  }
  if (failed(inferShapes(created))) {
    whyNot = "the shapes of its definition's " + node.op_type() +
             " cannot be inferred";
    return failure();
  }
  for (OpResult result : created->getResults()) {
    unsigned i = result.getResultNumber();
    if (i >= static_cast<unsigned>(node.output_size()) || node.output(i).empty())
      continue;
    if (isa<NoneType>(result.getType())) {
      whyNot = "the type of its definition's " + node.op_type() + " output '" +
               node.output(i) + "' cannot be determined";
      return failure();
    }
    values[node.output(i)] = result;
  }
  return success();
}

FailureOr<SmallVector<Value>>
Expansion::build(const ::onnx::FunctionProto &function, std::string &whyNot) {
  for (auto [i, input] : llvm::enumerate(function.input()))
    if (i < op->getNumOperands() && !isa<NoneType>(op->getOperand(i).getType()))
      values[input] = op->getOperand(i);
  MLIRContext *context = builder.getContext();
  NamedAttribute provenance[] = {
      builder.getNamedAttr("onnx.function", builder.getStringAttr(definition.op)),
      builder.getNamedAttr("onnx.opset",
                           builder.getI64IntegerAttr(definition.bodyOpset))};
  Location loc = FusedLoc::get(context, {op->getLoc()},
                               DictionaryAttr::get(context, provenance));
  for (const ::onnx::NodeProto &node : function.node()) {
    if (succeeded(buildNode(node, loc, whyNot)))
      continue;
    for (Operation *created : llvm::reverse(built)) {
      created->dropAllUses();
      created->erase();
    }
    return failure();
  }
  SmallVector<Value> results;
  for (OpResult result : op->getResults()) {
    unsigned i = result.getResultNumber();
    Value value = isa<NoneType>(result.getType()) ||
                          i >= static_cast<unsigned>(function.output_size())
                      ? Value()
                      : values.lookup(function.output(i));
    if (!value && !isa<NoneType>(result.getType())) {
      whyNot = "its definition does not compute output " + std::to_string(i);
      for (Operation *created : llvm::reverse(built))
        created->erase();
      return failure();
    }
    results.push_back(value);
  }
  return results;
}

//===----------------------------------------------------------------------===//
// Selection
//===----------------------------------------------------------------------===//

/// The number of outputs the op's node has: absent trailing ones are `none`.
static unsigned nodeOutputCount(Operation *op) {
  unsigned count = 0;
  for (OpResult result : op->getResults())
    if (!isa<NoneType>(result.getType()))
      count = result.getResultNumber() + 1;
  return count;
}

static bool meets(Operation *op, StringRef condition, Builder &builder,
                  const ::onnx::NodeProto &defaults) {
  auto [key, expected] = condition.split('=');
  auto operandAt = [&](StringRef index) -> Value {
    unsigned i;
    if (index.getAsInteger(10, i) || i >= op->getNumOperands() ||
        isa<NoneType>(op->getOperand(i).getType()))
      return nullptr;
    return op->getOperand(i);
  };
  if (key.starts_with("in") && key.ends_with("?"))
    return static_cast<bool>(operandAt(key.drop_front(2).drop_back())) ==
           (expected == "1");
  if (key.starts_with("in") && llvm::all_of(key.drop_front(2), [](char c) { return llvm::isDigit(c); })) {
    Value operand = operandAt(key.drop_front(2));
    if (!operand)
      return expected == "*";
    auto type = dyn_cast<ShapedType>(operand.getType());
    return type && std::to_string(getONNXDataType(type.getElementType())) == expected;
  }
  if (key == "outputs")
    return std::to_string(nodeOutputCount(op)) == expected;
  Attribute attr = op->getAttr(key);
  if (!attr)
    for (const ::onnx::AttributeProto &proto : defaults.attribute())
      if (proto.name() == key)
        attr = protoAttr(builder, proto);
  if (expected.empty())
    return !op->getAttr(key);
  if (auto i = dyn_cast_or_null<IntegerAttr>(attr))
    return std::to_string(i.getInt()) == expected;
  if (auto f = dyn_cast_or_null<FloatAttr>(attr)) {
    double value;
    return !expected.getAsDouble(value) &&
           static_cast<float>(value) == static_cast<float>(f.getValueAsDouble());
  }
  if (auto s = dyn_cast_or_null<StringAttr>(attr))
    return s.getValue() == expected;
  return false;
}

/// The operator version in effect at `opset`, or 0 when the operator has no
/// definition in any version.
static int64_t versionInEffect(StringRef opType, int64_t opset) {
  for (const OperatorVersions &entry : kVersions) {
    if (opType != entry.op)
      continue;
    int64_t inEffect = 0;
    for (int64_t version : entry.versions)
      if (version <= opset)
        inEffect = version;
    return inEffect;
  }
  return 0;
}

FailureOr<SmallVector<Value>>
expandFunctionDefinition(Operation *op, OpBuilder &builder, std::string &whyNot) {
  StringRef opType = op->getName().stripDialect();
  int64_t opset = getModelOpset(op);
  int64_t version = versionInEffect(opType, opset);
  if (version == 0) {
    whyNot = "";
    return failure();
  }
  bool anyOfVersion = false;
  for (const Definition &definition : kDefinitions) {
    if (opType != definition.op || definition.sinceVersion != version)
      continue;
    anyOfVersion = true;
    ::onnx::NodeProto defaults;
    defaults.ParseFromArray(definition.defaults.data(), definition.defaults.size());
    SmallVector<StringRef> conditions;
    StringRef(definition.conditions).split(conditions, ';', -1, false);
    if (!llvm::all_of(conditions, [&](StringRef c) {
          return meets(op, c, builder, defaults);
        }))
      continue;
    ::onnx::FunctionProto function;
    if (!function.ParseFromArray(definition.body.data(), definition.body.size())) {
      whyNot = "its generated definition does not parse";
      return failure();
    }
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPoint(op);
    return Expansion(op, builder, definition, defaults).build(function, whyNot);
  }
  whyNot = anyOfVersion
               ? "its ONNX definition (version " + std::to_string(version) +
                     ") is not available for these attributes, inputs or types"
               : opType.str() + "-" + std::to_string(version) +
                     " has no ONNX definition the compiler carries";
  return failure();
}

} // namespace onnxc::onnx
