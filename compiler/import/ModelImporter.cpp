//===- ModelImporter.cpp - ONNX model -> onnx dialect ---------------------===//
//
// Walks the graph once: inputs, initializers, nodes (in dependency order),
// outputs. Every node becomes the registered onnx op of its type, built
// generically from its inputs and attributes, with result types refined by
// the dialect's shape inference as it goes.
//
//===----------------------------------------------------------------------===//

#include "compiler/import/ModelImporter.h"
#include "compiler/import/ModelLoader.h"
#include "dialects/onnx/OperationArity.h"
#include "compiler/import/OpsetUpgrade.h"
#include "compiler/import/Subgraphs.h"
#include "compiler/import/TensorImport.h"
#include "dialects/onnx/ElementTypes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeInference.h"
#include "dialects/onnx/ShapeInferenceUtils.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"
#include <numeric>

using namespace mlir;

namespace onnxc {

/// Constants from Constant nodes above this many elements are kept as
/// resource blobs like initializers; smaller ones stay inline for folding.
static constexpr int64_t kMaxInlineConstantElements = 64;

namespace {
class GraphImporter {
public:
  GraphImporter(MLIRContext &context, StringRef path, int64_t opset,
                llvm::StringMap<int64_t> domainOpsets, const ImportOptions &options,
                std::shared_ptr<const ::onnx::ModelProto> model)
      : context(context), builder(&context), options(options), opset(opset),
        domainOpsets(std::move(domainOpsets)),
        fileLoc(FileLineColLoc::get(&context, path, 0, 0)) {
    tensors.context = &context;
    tensors.owner = std::move(model);
    tensors.modelDir = llvm::sys::path::parent_path(path).str();
    if (tensors.modelDir.empty())
      tensors.modelDir = ".";
  }

  OwningOpRef<ModuleOp> importGraph(const ::onnx::GraphProto &graph);

private:
  LogicalResult importInputs(const ::onnx::GraphProto &graph,
                             SmallVectorImpl<Type> &types,
                             SmallVectorImpl<DictionaryAttr> &attrs);
  LogicalResult importInitializers(const ::onnx::GraphProto &graph);
  LogicalResult checkInputShapeOverride(const ::onnx::ValueInfoProto &input);
  LogicalResult importNodes(const ::onnx::GraphProto &graph);
  LogicalResult importNode(const ::onnx::NodeProto &node);
  LogicalResult importOutputs(const ::onnx::GraphProto &graph);
  LogicalResult importSubgraph(const ::onnx::NodeProto &node,
                               const ::onnx::GraphProto &graph, Region &region,
                               ArrayRef<Type> inputDefaults);
  LogicalResult checkLegacySemantics(const ::onnx::NodeProto &node, Operation *op);
  LogicalResult upgradeLegacyBroadcast(const ::onnx::NodeProto &node, OperationState &state);

  FailureOr<Attribute> importAttribute(const ::onnx::NodeProto &node,
                                       const ::onnx::AttributeProto &attr);
  LogicalResult importConstantNode(const ::onnx::NodeProto &node,
                                   OperationState &state);
  Type importType(const ::onnx::TypeProto &type, DictionaryAttr &dimNames,
                  StringRef valueName);
  Value getNoValue();

  Location nodeLoc(const ::onnx::NodeProto &node, size_t index) const;
  InFlightDiagnostic nodeError(const ::onnx::NodeProto &node, size_t index);

  MLIRContext &context;
  OpBuilder builder;
  const ImportOptions &options;
  int64_t opset;
  /// Opset versions the model imports, by domain ("" for ai.onnx).
  llvm::StringMap<int64_t> domainOpsets;
  Location fileLoc;
  TensorImportContext tensors;
  llvm::StringMap<Value> values;
  /// Types the model declares for intermediate values and outputs
  /// (value_info), used where the schema leaves an element type open.
  llvm::StringMap<const ::onnx::TypeProto *> declaredTypes;
  func::FuncOp function;
  Value noValue;
  size_t currentNode = 0;
};
} // namespace

//===----------------------------------------------------------------------===//
// Diagnostics
//===----------------------------------------------------------------------===//

Location GraphImporter::nodeLoc(const ::onnx::NodeProto &node, size_t index) const {
  std::string name = node.name().empty()
                         ? node.op_type() + "_" + std::to_string(index)
                         : node.name();
  return NameLoc::get(StringAttr::get(&context, name), fileLoc);
}

/// "node 'conv1' (Conv, opset 14): ..." at the node's location.
InFlightDiagnostic GraphImporter::nodeError(const ::onnx::NodeProto &node,
                                            size_t index) {
  Location loc = nodeLoc(node, index);
  std::string name = onnx::getNodeName(loc);
  std::string domain =
      node.domain().empty() || node.domain() == "ai.onnx" ? "" : node.domain() + ".";
  int64_t version = domain.empty() ? opset : domainOpsets.lookup(node.domain());
  return emitError(loc) << "node '" << name << "' (" << domain << node.op_type()
                        << ", opset " << version << "): ";
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

/// What an ONNX type that onnxc cannot compile is, in ONNX's terms, and
/// why: "a sequence (...)", "a tensor of float8e4m3fn (float8 and sub-byte
/// element types are not supported yet)".
static std::string describeUnsupportedType(const ::onnx::TypeProto &type) {
  switch (type.value_case()) {
  case ::onnx::TypeProto::kSequenceType:
    return "a sequence (sequence, map and optional values are not supported)";
  case ::onnx::TypeProto::kMapType:
    return "a map (sequence, map and optional values are not supported)";
  case ::onnx::TypeProto::kOptionalType:
    return "an optional (sequence, map and optional values are not supported)";
  case ::onnx::TypeProto::kTensorType:
    break;
  default:
    return "not a tensor";
  }
  int32_t elemType = type.tensor_type().elem_type();
  std::string name = onnx::getONNXDataTypeName(elemType).str();
  if (name == "unknown")
    name = "element type " + std::to_string(elemType);
  if (name == "string")
    return "a tensor of string (string tensors are not supported)";
  llvm::StringRef ref(name);
  if (ref.starts_with("float8") || ref.starts_with("float6") || ref.starts_with("float4") ||
      llvm::is_contained({"int4", "uint4", "int2", "uint2"}, ref))
    return "a tensor of " + name + " (float8 and sub-byte element types are not supported yet)";
  return "a tensor of " + name + ", an element type onnxc does not support";
}

/// The ai.onnx operators whose outputs are sequences or optionals.
static bool producesSequenceOrOptional(llvm::StringRef opType) {
  return llvm::is_contained({"SequenceConstruct", "SequenceEmpty", "SequenceInsert",
                             "SequenceErase", "SequenceMap", "SplitToSequence", "Optional"},
                            opType);
}

/// A tensor type from an ONNX TypeProto; symbolic dims become `?` and their
/// names go to `dimNames` (onnx.dim_params). Null for non-tensor types.
Type GraphImporter::importType(const ::onnx::TypeProto &type,
                               DictionaryAttr &dimNames, StringRef valueName) {
  if (!type.has_tensor_type())
    return nullptr;
  const auto &tensorType = type.tensor_type();
  Type element = onnx::getElementType(&context, tensorType.elem_type());
  if (!element)
    return nullptr;
  auto override = options.inputShapes.find(valueName);
  if (!tensorType.has_shape()) {
    if (override == options.inputShapes.end())
      return UnrankedTensorType::get(element);
    SmallVector<int64_t> dims;
    for (int64_t size : override->second)
      dims.push_back(size < 0 ? ShapedType::kDynamic : size);
    return RankedTensorType::get(dims, element);
  }
  SmallVector<int64_t> dims;
  SmallVector<Attribute> names;
  for (const auto &[i, dim] : llvm::enumerate(tensorType.shape().dim())) {
    // A negative dim_value is how several exporters (paddle2onnx, jax2tf)
    // write "dynamic"; every other tool reads it so.
    int64_t size = dim.has_dim_value() && dim.dim_value() >= 0 ? dim.dim_value()
                                                                : ShapedType::kDynamic;
    // An --input-shape dim of -1 keeps the model's dim (dynamic or not).
    if (override != options.inputShapes.end() && i < override->second.size() &&
        override->second[i] >= 0)
      size = override->second[i];
    dims.push_back(size);
    bool named = dim.has_dim_param() && ShapedType::isDynamic(size);
    names.push_back(builder.getStringAttr(named ? dim.dim_param() : ""));
  }
  auto tensor = RankedTensorType::get(dims, element);
  // A fully specialised input has no symbolic dims left to name.
  if (override == options.inputShapes.end() || !tensor.hasStaticShape())
    dimNames = builder.getDictionaryAttr(
        {builder.getNamedAttr("onnx.dim_params", builder.getArrayAttr(names))});
  return tensor;
}

//===----------------------------------------------------------------------===//
// Graph
//===----------------------------------------------------------------------===//

OwningOpRef<ModuleOp> GraphImporter::importGraph(const ::onnx::GraphProto &graph) {
  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc);
  (*module)->setAttr(onnx::kOpsetAttrName, builder.getI64IntegerAttr(opset));
  builder.setInsertionPointToEnd(module->getBody());

  SmallVector<Type> inputTypes;
  SmallVector<DictionaryAttr> inputAttrs;
  if (failed(importInputs(graph, inputTypes, inputAttrs)))
    return nullptr;
  function = func::FuncOp::create(builder, fileLoc, "main",
                                  builder.getFunctionType(inputTypes, {}));
  Block *entry = function.addEntryBlock();
  for (auto [i, attrs] : llvm::enumerate(inputAttrs))
    function.setArgAttrs(i, attrs);
  // The arguments are the graph inputs that are not initializers, in order
  // (importInputs); an initializer may be listed before a true input.
  llvm::StringSet<llvm::MallocAllocator> initializers;
  for (const auto &init : graph.initializer())
    initializers.insert(init.name());
  size_t argIndex = 0;
  for (const auto &input : graph.input())
    if (!initializers.contains(input.name()) && !values.count(input.name()))
      values[input.name()] = entry->getArgument(argIndex++);
  builder.setInsertionPointToStart(entry);

  for (const auto &info : graph.value_info())
    declaredTypes[info.name()] = &info.type();
  for (const auto &output : graph.output())
    declaredTypes[output.name()] = &output.type();
  if (failed(importInitializers(graph)) || failed(importNodes(graph)) ||
      failed(importOutputs(graph)))
    return nullptr;
  if (failed(verify(*module)))
    return nullptr;
  return module;
}

/// Graph inputs that are not also initializers become arguments.
LogicalResult GraphImporter::importInputs(const ::onnx::GraphProto &graph,
                                          SmallVectorImpl<Type> &types,
                                          SmallVectorImpl<DictionaryAttr> &attrs) {
  llvm::StringSet<llvm::MallocAllocator> initializers;
  for (const auto &init : graph.initializer())
    initializers.insert(init.name());
  for (const auto &[name, dims] : options.inputShapes) {
    bool known = llvm::any_of(graph.input(), [&](const auto &input) {
      return input.name() == name.str();
    });
    if (!known)
      return emitError(fileLoc) << "--input-shape names '" << name.str()
                                << "', which is not an input of the model";
  }
  for (const auto &input : graph.input()) {
    if (initializers.contains(input.name()))
      continue;
    DictionaryAttr dimNames;
    Type type = importType(input.type(), dimNames, input.name());
    if (!type)
      return emitError(fileLoc) << "input '" << input.name() << "' is "
                                << describeUnsupportedType(input.type());
    if (failed(checkInputShapeOverride(input)))
      return failure();
    NamedAttrList list;
    if (dimNames)
      list.append(dimNames.getValue());
    list.append("onnx.name", builder.getStringAttr(input.name()));
    types.push_back(type);
    attrs.push_back(list.getDictionary(&context));
  }
  return success();
}

/// An --input-shape must keep the model's rank and static dims; it only
/// fixes symbolic ones (-1 leaves a dim alone).
LogicalResult
GraphImporter::checkInputShapeOverride(const ::onnx::ValueInfoProto &input) {
  if (!options.inputShapes.count(input.name()) ||
      !input.type().tensor_type().has_shape())
    return success();
  const auto &declared = input.type().tensor_type().shape();
  const std::vector<int64_t> &dims = options.inputShapes.find(input.name())->second;
  if (declared.dim_size() != static_cast<int>(dims.size()))
    return emitError(fileLoc) << "--input-shape gives input '" << input.name()
                              << "' rank " << dims.size() << ", the model has rank "
                              << declared.dim_size();
  for (int i = 0; i < declared.dim_size(); ++i)
    if (declared.dim(i).has_dim_value() && declared.dim(i).dim_value() >= 0 &&
        dims[i] >= 0 && declared.dim(i).dim_value() != dims[i])
      return emitError(fileLoc) << "--input-shape gives input '" << input.name()
                                << "' dim " << i << " = " << dims[i]
                                << ", the model fixes it to " << declared.dim(i).dim_value();
  return success();
}

/// Initializers become onnx.Constant ops over resource blobs.
LogicalResult GraphImporter::importInitializers(const ::onnx::GraphProto &graph) {
  for (const auto &tensor : graph.initializer()) {
    std::string error;
    ElementsAttr value = importTensor(tensor, tensors, /*asResource=*/true, error);
    if (!value)
      return emitError(fileLoc) << error;
    OperationState state(NameLoc::get(builder.getStringAttr(tensor.name()), fileLoc),
                         onnx::ConstantOp::getOperationName());
    state.addAttribute("value", value);
    state.addTypes(value.getType());
    values[tensor.name()] = builder.create(state)->getResult(0);
  }
  return success();
}

/// Imports nodes in dependency order; ONNX asks for topological order but
/// not every exporter keeps it.
LogicalResult GraphImporter::importNodes(const ::onnx::GraphProto &graph) {
  std::vector<size_t> pending(graph.node_size());
  std::iota(pending.begin(), pending.end(), 0);
  while (!pending.empty()) {
    std::vector<size_t> blocked;
    for (size_t index : pending) {
      const ::onnx::NodeProto &node = graph.node(index);
      auto known = [&](const std::string &name) { return name.empty() || values.count(name); };
      bool ready = llvm::all_of(node.input(), known) &&
                   llvm::all_of(getCapturedNames(node), known);
      if (!ready) {
        blocked.push_back(index);
        continue;
      }
      currentNode = index;
      if (failed(importNode(node)))
        return failure();
    }
    if (blocked.size() == pending.size()) {
      const ::onnx::NodeProto &node = graph.node(blocked.front());
      for (const std::string &name : node.input())
        if (!name.empty() && !values.count(name))
          return nodeError(node, blocked.front())
                 << "input '" << name
                 << "' is not produced by any node, initializer or graph input";
      for (const std::string &name : getCapturedNames(node))
        if (!values.count(name))
          return nodeError(node, blocked.front())
                 << "a subgraph uses '" << name
                 << "', which no node, initializer or input of it or around it produces";
    }
    pending = std::move(blocked);
  }
  return success();
}

LogicalResult GraphImporter::importOutputs(const ::onnx::GraphProto &graph) {
  SmallVector<Value> results;
  SmallVector<DictionaryAttr> resultAttrs;
  for (const auto &output : graph.output()) {
    auto it = values.find(output.name());
    if (it == values.end())
      return emitError(fileLoc) << "graph output '" << output.name()
                                << "' is not produced by any node";
    Value value = it->second;
    DictionaryAttr dimNames;
    Type declared = importType(output.type(), dimNames, "");
    // A declared output type refines what inference found.
    if (auto declaredTensor = dyn_cast_or_null<RankedTensorType>(declared);
        declaredTensor && isa<OpResult>(value) &&
        isa<UnrankedTensorType>(value.getType()))
      value.setType(declaredTensor);
    NamedAttrList list;
    if (dimNames)
      list.append(dimNames.getValue());
    list.append("onnx.name", builder.getStringAttr(output.name()));
    results.push_back(value);
    resultAttrs.push_back(list.getDictionary(&context));
  }
  func::ReturnOp::create(builder, fileLoc, results);
  function.setType(builder.getFunctionType(function.getArgumentTypes(),
                                           ValueRange(results).getTypes()));
  for (auto [i, attrs] : llvm::enumerate(resultAttrs))
    function.setResultAttrs(i, attrs);
  return success();
}

//===----------------------------------------------------------------------===//
// Nodes
//===----------------------------------------------------------------------===//

Value GraphImporter::getNoValue() {
  if (!noValue) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(&function.getBody().front());
    noValue = onnx::NoValueOp::create(builder, fileLoc, builder.getNoneType());
  }
  return noValue;
}

FailureOr<Attribute>
GraphImporter::importAttribute(const ::onnx::NodeProto &node,
                               const ::onnx::AttributeProto &attr) {
  switch (attr.type()) {
  case ::onnx::AttributeProto::INT:
    return Attribute(builder.getI64IntegerAttr(attr.i()));
  case ::onnx::AttributeProto::FLOAT:
    return Attribute(builder.getF32FloatAttr(attr.f()));
  case ::onnx::AttributeProto::STRING:
    return Attribute(builder.getStringAttr(attr.s()));
  case ::onnx::AttributeProto::INTS:
    return Attribute(builder.getDenseI64ArrayAttr(
        SmallVector<int64_t>(attr.ints().begin(), attr.ints().end())));
  case ::onnx::AttributeProto::FLOATS:
    return Attribute(builder.getDenseF32ArrayAttr(
        SmallVector<float>(attr.floats().begin(), attr.floats().end())));
  case ::onnx::AttributeProto::STRINGS: {
    SmallVector<Attribute> strings;
    for (const std::string &s : attr.strings())
      strings.push_back(builder.getStringAttr(s));
    return Attribute(builder.getArrayAttr(strings));
  }
  case ::onnx::AttributeProto::TENSOR: {
    std::string error;
    int64_t count = 1;
    for (int64_t d : attr.t().dims())
      count *= d;
    ElementsAttr value = importTensor(attr.t(), tensors,
                                      count > kMaxInlineConstantElements, error);
    if (!value) {
      nodeError(node, currentNode) << "attribute '" << attr.name() << "': " << error;
      return failure();
    }
    return Attribute(value);
  }
  case ::onnx::AttributeProto::GRAPH:
  case ::onnx::AttributeProto::GRAPHS:
    nodeError(node, currentNode) << "attribute '" << attr.name()
                                 << "' is a subgraph; control flow is not supported yet";
    return failure();
  default:
    nodeError(node, currentNode) << "attribute '" << attr.name()
                                 << "' has a kind that is not supported yet";
    return failure();
  }
}

/// Constant: value_float, value_ints, ... all become `value`, the one form
/// that folders and lowering read.
LogicalResult GraphImporter::importConstantNode(const ::onnx::NodeProto &node,
                                                OperationState &state) {
  if (node.attribute_size() != 1)
    return nodeError(node, currentNode) << "must have exactly one value attribute";
  const ::onnx::AttributeProto &attr = node.attribute(0);
  ElementsAttr value;
  if (attr.name() == "value") {
    FailureOr<Attribute> imported = importAttribute(node, attr);
    if (failed(imported))
      return failure();
    value = cast<ElementsAttr>(*imported);
  } else if (attr.name() == "value_float") {
    value = DenseElementsAttr::get(RankedTensorType::get({}, builder.getF32Type()),
                                   attr.f());
  } else if (attr.name() == "value_int") {
    value = DenseElementsAttr::get(RankedTensorType::get({}, builder.getI64Type()),
                                   attr.i());
  } else if (attr.name() == "value_floats") {
    SmallVector<float> floats(attr.floats().begin(), attr.floats().end());
    value = DenseElementsAttr::get(
        RankedTensorType::get({(int64_t)floats.size()}, builder.getF32Type()),
        ArrayRef<float>(floats));
  } else if (attr.name() == "value_ints") {
    SmallVector<int64_t> ints(attr.ints().begin(), attr.ints().end());
    value = DenseElementsAttr::get(
        RankedTensorType::get({(int64_t)ints.size()}, builder.getI64Type()),
        ArrayRef<int64_t>(ints));
  } else {
    return nodeError(node, currentNode)
           << "attribute '" << attr.name() << "' is not supported yet";
  }
  state.addAttribute("value", value);
  state.addTypes(value.getType());
  return success();
}

/// The types a subgraph's inputs have when the subgraph leaves them out
/// (exporters often do): Loop's body takes the iteration number, the
/// condition and the loop-carried values; Scan's body the states and one
/// slice of each scanned input.
static SmallVector<Type> getSubgraphInputDefaults(StringRef opType,
                                                  const OperationState &state) {
  SmallVector<Type> defaults;
  MLIRContext *context = state.getContext();
  Builder b(context);
  if (opType == "Loop") {
    defaults.push_back(RankedTensorType::get({}, b.getI64Type()));
    defaults.push_back(RankedTensorType::get({}, b.getI1Type()));
    for (Value v : llvm::drop_begin(state.operands, 2))
      defaults.push_back(v.getType());
  } else if (opType == "Scan") {
    int64_t numScanInputs = 0;
    SmallVector<int64_t> axes;
    for (const NamedAttribute &attr : state.attributes) {
      if (attr.getName() == "num_scan_inputs")
        numScanInputs = cast<IntegerAttr>(attr.getValue()).getInt();
      else if (attr.getName() == "scan_input_axes")
        axes = llvm::to_vector(cast<DenseI64ArrayAttr>(attr.getValue()).asArrayRef());
    }
    int64_t numStates = static_cast<int64_t>(state.operands.size()) - numScanInputs;
    for (auto [i, v] : llvm::enumerate(state.operands)) {
      int64_t scan = static_cast<int64_t>(i) - numStates;
      auto ranked = dyn_cast<RankedTensorType>(v.getType());
      if (scan < 0 || !ranked) {
        defaults.push_back(scan < 0 ? v.getType() : Type());
        continue;
      }
      int64_t axis = scan < static_cast<int64_t>(axes.size()) ? axes[scan] : 0;
      if (axis < 0)
        axis += ranked.getRank();
      SmallVector<int64_t> dims(ranked.getShape());
      if (axis >= 0 && axis < ranked.getRank())
        dims.erase(dims.begin() + axis);
      defaults.push_back(RankedTensorType::get(dims, ranked.getElementType()));
    }
  }
  return defaults;
}

/// The binary ops that took `broadcast` and `axis` before opset 7.
static bool isLegacyBroadcastOp(StringRef type) {
  return llvm::is_contained({"Add", "Sub", "Mul", "Div", "Pow", "And", "Or", "Xor", "Equal",
                             "Greater", "Less"},
                            type);
}

LogicalResult GraphImporter::importNode(const ::onnx::NodeProto &node) {
  if (!node.domain().empty() && node.domain() != "ai.onnx")
    return nodeError(node, currentNode)
           << "operators of domain '" << node.domain() << "' are not supported";
  std::string opName = "onnx." + node.op_type();
  std::optional<RegisteredOperationName> registered =
      RegisteredOperationName::lookup(opName, &context);
  if (!registered || node.op_type() == "NoValue")
    return nodeError(node, currentNode) << "unknown operator";

  OperationState state(nodeLoc(node, currentNode), *registered);
  if (node.op_type() == "Constant") {
    if (failed(importConstantNode(node, state)))
      return failure();
  } else {
    // Operands: the node's inputs, absent optional ones as onnx.NoValue.
    Arity operands = getOperandArity(*registered);
    if (node.input_size() > static_cast<int>(operands.fixed) && !operands.variadic)
      return nodeError(node, currentNode)
             << "has " << node.input_size() << " inputs, the operator takes at most "
             << operands.fixed;
    for (const std::string &name : node.input())
      state.addOperands(name.empty() ? getNoValue() : values[name]);
    for (unsigned i = node.input_size(); i < operands.fixed; ++i)
      state.addOperands(getNoValue());

    if (failed(upgradeLegacyBroadcast(node, state)))
      return failure();

    ArrayRef<llvm::StringLiteral> subgraphs = getSubgraphAttributes(node.op_type());
    for (size_t i = 0; i < subgraphs.size(); ++i)
      state.addRegion();
    ArrayRef<StringAttr> known = registered->getAttributeNames();
    for (const ::onnx::AttributeProto &attr : node.attribute()) {
      if (llvm::is_contained(subgraphs, attr.name()))
        continue;
      // Read by upgradeLegacyBroadcast.
      if (opset < 7 && (attr.name() == "broadcast" || attr.name() == "axis") &&
          isLegacyBroadcastOp(node.op_type()))
        continue;
      if (!llvm::any_of(known, [&](StringAttr n) { return n == attr.name(); }))
        return nodeError(node, currentNode)
               << "attribute '" << attr.name()
               << "' is not part of the operator's current form";
      FailureOr<Attribute> value = importAttribute(node, attr);
      if (failed(value))
        return failure();
      state.addAttribute(attr.name(), *value);
    }
    // Subgraphs last: their inputs' default types read the other attributes.
    for (const ::onnx::AttributeProto &attr : node.attribute()) {
      const auto *slot = llvm::find(subgraphs, attr.name());
      if (slot == subgraphs.end())
        continue;
      if (attr.type() != ::onnx::AttributeProto::GRAPH)
        return nodeError(node, currentNode)
               << "attribute '" << attr.name() << "' must be a graph";
      if (failed(importSubgraph(node, attr.g(), *state.regions[slot - subgraphs.begin()],
                                getSubgraphInputDefaults(node.op_type(), state))))
        return failure();
    }
    for (auto [name, region] : llvm::zip(subgraphs, state.regions))
      if (region->empty())
        return nodeError(node, currentNode) << "has no '" << name << "' subgraph";
    // Results: types refined below; absent optional outputs are `none`.
    Arity results = getResultArity(*registered);
    unsigned numResults = std::max<unsigned>(results.fixed, node.output_size());
    if (node.output_size() > static_cast<int>(results.fixed) && !results.variadic)
      return nodeError(node, currentNode)
             << "has " << node.output_size() << " outputs, the operator has at most "
             << results.fixed;
    for (unsigned i = 0; i < numResults; ++i)
      state.addTypes(builder.getNoneType());
  }

  Operation *op = builder.create(state);
  // Element types first (from the schema), then shapes.
  for (OpResult result : op->getResults()) {
    unsigned i = result.getResultNumber();
    bool present = i < static_cast<unsigned>(node.output_size()) &&
                   !node.output(i).empty();
    if (!present || !isa<NoneType>(result.getType()))
      continue;
    if (Type element = onnx::inferElementType(op, i)) {
      result.setType(UnrankedTensorType::get(element));
    } else if (auto declared = declaredTypes.find(node.output(i));
               declared != declaredTypes.end()) {
      DictionaryAttr unused;
      if (Type type = importType(*declared->second, unused, ""))
        result.setType(type);
    }
  }
  if (failed(onnx::inferShapes(op)) || failed(checkLegacySemantics(node, op)))
    return failure();
  for (OpResult result : op->getResults()) {
    unsigned i = result.getResultNumber();
    if (i >= static_cast<unsigned>(node.output_size()) || node.output(i).empty())
      continue;
    if (isa<NoneType>(result.getType())) {
      auto declared = declaredTypes.find(node.output(i));
      DictionaryAttr unused;
      if (declared != declaredTypes.end() &&
          declared->second->value_case() != ::onnx::TypeProto::VALUE_NOT_SET &&
          !importType(*declared->second, unused, ""))
        return nodeError(node, currentNode) << "output '" << node.output(i) << "' is "
                                            << describeUnsupportedType(*declared->second);
      if (producesSequenceOrOptional(node.op_type()))
        return nodeError(node, currentNode)
               << "output '" << node.output(i)
               << "' is a sequence or optional value, which onnxc does not support";
      return nodeError(node, currentNode)
             << "cannot determine the type of output '" << node.output(i) << "'";
    }
    values[node.output(i)] = result;
  }
  return success();
}

/// Imports `graph` (an attribute of `node`) into `region`: its inputs become
/// the block's arguments, typed as declared where the declaration is
/// ranked and else from `inputDefaults`; its outputs the operands of
/// onnx.Yield. Names of the enclosing graphs stay visible; the subgraph's
/// own names are forgotten afterwards.
LogicalResult GraphImporter::importSubgraph(const ::onnx::NodeProto &node,
                                            const ::onnx::GraphProto &graph,
                                            Region &region,
                                            ArrayRef<Type> inputDefaults) {
  llvm::StringMap<Value> outerValues = values;
  llvm::StringMap<const ::onnx::TypeProto *> outerDeclared = declaredTypes;
  size_t outerNode = currentNode;
  auto restore = llvm::make_scope_exit([&] {
    values = std::move(outerValues);
    declaredTypes = std::move(outerDeclared);
    currentNode = outerNode;
  });
  OpBuilder::InsertionGuard guard(builder);
  Block *block = builder.createBlock(&region);
  Location loc = nodeLoc(node, currentNode);
  for (auto [i, input] : llvm::enumerate(graph.input())) {
    DictionaryAttr unused;
    Type type = importType(input.type(), unused, "");
    if (!isa_and_nonnull<RankedTensorType>(type) && i < inputDefaults.size() &&
        inputDefaults[i])
      type = inputDefaults[i];
    if (!type)
      return nodeError(node, currentNode)
             << "subgraph '" << graph.name() << "' input '" << input.name() << "' is "
             << describeUnsupportedType(input.type());
    values[input.name()] = block->addArgument(type, loc);
  }
  for (const auto &info : graph.value_info())
    declaredTypes[info.name()] = &info.type();
  for (const auto &output : graph.output())
    declaredTypes[output.name()] = &output.type();
  if (failed(importInitializers(graph)) || failed(importNodes(graph)))
    return failure();
  SmallVector<Value> outputs;
  for (const auto &output : graph.output()) {
    auto it = values.find(output.name());
    if (it == values.end())
      return nodeError(node, outerNode) << "subgraph '" << graph.name() << "' output '"
                                        << output.name() << "' is not produced by any node";
    outputs.push_back(it->second);
  }
  onnx::YieldOp::create(builder, loc, outputs);
  return success();
}

/// Softmax, LogSoftmax and Hardmax before opset 13 flatten the input to 2-D
/// at `axis`; the current form normalises along one axis. They agree when
/// the axis is the last one.
/// Before opset 7, `broadcast = 1` with `axis` aligned the second operand B
/// with the first operand A's dims starting at `axis` (A [2, 3, 4, 5], B
/// [3, 4], axis 1); without `axis`, with A's trailing dims, as numpy does.
/// PRelu-6 read a 1-D slope per channel (dim 1). Both become numpy
/// broadcasting by giving B trailing 1s (an Unsqueeze). PRelu-7 and later
/// broadcast numpy's way; where that fails and the old per-channel rule
/// fits (PyTorch's exports), the old rule is kept.
LogicalResult GraphImporter::upgradeLegacyBroadcast(const ::onnx::NodeProto &node,
                                                    OperationState &state) {
  StringRef type = node.op_type();
  std::optional<int64_t> axis;
  if (opset < 7 && isLegacyBroadcastOp(type)) {
    bool broadcast = false;
    for (const ::onnx::AttributeProto &attr : node.attribute()) {
      if (attr.name() == "broadcast")
        broadcast = attr.i() != 0;
      else if (attr.name() == "axis")
        axis = attr.i();
    }
    if (!broadcast || !axis)
      return success();
  } else if (type != "PRelu") {
    return success();
  }
  if (state.operands.size() != 2)
    return success();
  auto a = dyn_cast<RankedTensorType>(state.operands[0].getType());
  auto b = dyn_cast<RankedTensorType>(state.operands[1].getType());
  if (!a || !b)
    return nodeError(node, currentNode) << "legacy broadcasting needs ranked inputs";
  if (type == "PRelu") {
    // The per-channel slope: 1-D, of A's dim 1, where numpy's rule fails.
    if (a.getRank() < 3 || b.getRank() != 1 || b.getDimSize(0) == 1 ||
        b.getDimSize(0) != a.getDimSize(1) ||
        (opset >= 7 && succeeded(onnx::broadcastShapes(
                           {SmallVector<int64_t>(a.getShape()),
                            SmallVector<int64_t>(b.getShape())}))))
      return success();
    axis = 1;
  }
  int64_t start = *axis < 0 ? *axis + a.getRank() : *axis;
  int64_t trailing = a.getRank() - start - b.getRank();
  if (start < 0 || trailing < 0)
    return nodeError(node, currentNode)
           << "axis " << *axis << " does not fit a second input of rank " << b.getRank()
           << " into a first input of rank " << a.getRank();
  if (trailing == 0)
    return success();
  SmallVector<int64_t> axes;
  for (int64_t k = 0; k < trailing; ++k)
    axes.push_back(b.getRank() + k);
  auto axesType = RankedTensorType::get({trailing}, builder.getI64Type());
  Location loc = nodeLoc(node, currentNode);
  OperationState constant(loc, onnx::ConstantOp::getOperationName());
  constant.addAttribute("value", DenseElementsAttr::get(axesType, ArrayRef<int64_t>(axes)));
  constant.addTypes(axesType);
  Operation *axesOp = builder.create(constant);
  OperationState unsqueeze(loc, "onnx.Unsqueeze");
  unsqueeze.addOperands({state.operands[1], axesOp->getResult(0)});
  unsqueeze.addTypes(UnrankedTensorType::get(b.getElementType()));
  Operation *unsqueezed = builder.create(unsqueeze);
  if (failed(onnx::inferShapes(unsqueezed)))
    return failure();
  state.operands[1] = unsqueezed->getResult(0);
  return success();
}

LogicalResult GraphImporter::checkLegacySemantics(const ::onnx::NodeProto &node,
                                                  Operation *op) {
  StringRef type = node.op_type();
  if (opset >= 13 || (type != "Softmax" && type != "LogSoftmax" && type != "Hardmax"))
    return success();
  auto input = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
  // The legacy default is 1; read the node, not the op, whose axis already
  // holds the current default (-1) when the node gives none.
  int64_t axis = 1;
  for (const ::onnx::AttributeProto &attr : node.attribute())
    if (attr.name() == "axis")
      axis = attr.i();
  if (input && (axis == -1 || axis == input.getRank() - 1)) {
    op->setAttr("axis", builder.getI64IntegerAttr(-1));
    return success();
  }
  // Coerced to 2-D at `axis`, the rows run over dims axis..rank-1; when all
  // of them but one are 1 ([1, 1000, 1, 1] at axis 1), the rows are that
  // one dim and the current form works along it.
  if (input && axis < 0)
    axis += input.getRank();
  if (input && axis >= 0 && axis < input.getRank()) {
    ArrayRef<int64_t> rows = input.getShape().drop_front(axis);
    if (llvm::count_if(rows, [](int64_t d) { return d != 1; }) <= 1) {
      const int64_t *wide = llvm::find_if(rows, [](int64_t d) { return d != 1; });
      int64_t along = wide == rows.end() ? input.getRank() - 1 : axis + (wide - rows.begin());
      op->setAttr("axis", builder.getI64IntegerAttr(along));
      return success();
    }
  }
  return nodeError(node, currentNode)
         << "before opset 13 this operator coerces its input to 2-D; only "
            "the last axis of a ranked input, or an axis after which all dims "
            "but one are 1, is supported";
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

static int64_t getDefaultDomainOpset(const ::onnx::ModelProto &model) {
  for (const auto &import : model.opset_import())
    if (import.domain().empty() || import.domain() == "ai.onnx")
      return import.version();
  return 0;
}

OwningOpRef<ModuleOp> importModelFile(MLIRContext &context, StringRef path,
                                      const ImportOptions &options) {
  context.loadDialect<onnx::ONNXDialect, func::FuncDialect>();
  Location fileLoc = FileLineColLoc::get(&context, path, 0, 0);
  auto model = std::make_shared<::onnx::ModelProto>();
  std::string error;
  if (!loadModelProto(path.str(), *model, error)) {
    emitError(fileLoc) << error;
    return nullptr;
  }
  int64_t opset = getDefaultDomainOpset(*model);
  if (opset <= 0) {
    emitError(fileLoc) << "the model imports no ai.onnx opset";
    return nullptr;
  }
  upgradeGraph(*model->mutable_graph(), opset);
  llvm::StringMap<int64_t> domainOpsets;
  for (const auto &import : model->opset_import())
    domainOpsets[import.domain() == "ai.onnx" ? "" : import.domain()] = import.version();
  const ::onnx::GraphProto &graph = model->graph();
  return GraphImporter(context, path, opset, std::move(domainOpsets), options, model)
      .importGraph(graph);
}

bool parseInputShape(StringRef spec, ImportOptions &options, std::string &error) {
  auto [name, dimsText] = spec.rsplit(':');
  if (name.empty() || dimsText.empty()) {
    error = "--input-shape expects NAME:D0xD1x..., got '" + spec.str() + "'";
    return false;
  }
  std::vector<int64_t> dims;
  SmallVector<StringRef> parts;
  dimsText.split(parts, 'x');
  for (StringRef part : parts) {
    int64_t dim;
    if (part.getAsInteger(10, dim) || dim < -1) {
      error = "--input-shape '" + spec.str() + "': '" + part.str() +
              "' is not a dimension (a size >= 0, or -1 to keep it dynamic)";
      return false;
    }
    dims.push_back(dim);
  }
  options.inputShapes[name] = dims;
  return true;
}

} // namespace onnxc
