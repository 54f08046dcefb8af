//===- OpsetUpgrade.cpp - older opset forms -> current form ---------------===//

#include "compiler/import/OpsetUpgrade.h"
#include "llvm/ADT/STLExtras.h"
#include <cstring>
#include <optional>
#include <vector>

namespace onnxc {

namespace {
/// An attribute that became input `inputIndex` at opset `sinceOpset`.
struct AttributeMove {
  const char *attribute;
  int inputIndex;
};

struct UpgradeRule {
  const char *opType;
  int64_t sinceOpset;
  std::vector<AttributeMove> moves;
};
} // namespace

static const std::vector<UpgradeRule> &upgradeRules() {
  static const std::vector<UpgradeRule> rules = {
      {"ReduceSum", 13, {{"axes", 1}}},
      {"ReduceMean", 18, {{"axes", 1}}},
      {"ReduceMax", 18, {{"axes", 1}}},
      {"ReduceMin", 18, {{"axes", 1}}},
      {"ReduceProd", 18, {{"axes", 1}}},
      {"ReduceL1", 18, {{"axes", 1}}},
      {"ReduceL2", 18, {{"axes", 1}}},
      {"ReduceLogSum", 18, {{"axes", 1}}},
      {"ReduceLogSumExp", 18, {{"axes", 1}}},
      {"ReduceSumSquare", 18, {{"axes", 1}}},
      {"Squeeze", 13, {{"axes", 1}}},
      {"Unsqueeze", 13, {{"axes", 1}}},
      {"Split", 13, {{"split", 1}}},
      {"Slice", 10, {{"starts", 1}, {"ends", 2}, {"axes", 3}}},
      {"Clip", 11, {{"min", 1}, {"max", 2}}},
      {"Pad", 11, {{"pads", 1}, {"value", 2}}},
      {"Dropout", 12, {{"ratio", 1}}},
      {"TopK", 10, {{"k", 1}}},
      {"DFT", 20, {{"axis", 2}}},
  };
  return rules;
}

/// Operators that ONNX renamed without changing what they do: old name ->
/// current name.
static const char *currentName(const std::string &opType) {
  // Scatter (opsets 9-10) became ScatterElements at opset 11.
  if (opType == "Scatter")
    return "ScatterElements";
  return nullptr;
}

static bool hasAttribute(const ::onnx::NodeProto &node, const char *name) {
  return llvm::any_of(node.attribute(), [&](const ::onnx::AttributeProto &a) {
    return a.name() == name;
  });
}

/// Attributes of old versions that the current op no longer has and whose
/// old meaning is the current behaviour. Before opset 7, binary ops took
/// `broadcast` (and `axis`): without `axis` the old broadcast aligns the
/// trailing dims, as numpy broadcasting does now.
static bool isObsoleteAttribute(const ::onnx::NodeProto &node, int64_t opset,
                                const ::onnx::AttributeProto &attr) {
  if (attr.name() == "consumed_inputs" || attr.name() == "is_test")
    return true;
  if (attr.name() == "broadcast" && opset < 7 && !hasAttribute(node, "axis"))
    return true;
  return node.op_type() == "BatchNormalization" && attr.name() == "spatial" &&
         attr.i() == 1;
}

/// A new initializer holding `attr`'s value: INTS as 1-D int64, INT as a
/// scalar int64 (TopK's k, DFT's axis), FLOAT as a scalar float (Clip
/// bounds, Pad value, Dropout ratio).
static ::onnx::TensorProto makeTensor(const ::onnx::AttributeProto &attr,
                                    const std::string &name) {
  ::onnx::TensorProto tensor;
  tensor.set_name(name);
  if (attr.type() == ::onnx::AttributeProto::INTS) {
    tensor.set_data_type(::onnx::TensorProto::INT64);
    tensor.add_dims(attr.ints_size());
    for (int64_t v : attr.ints())
      tensor.add_int64_data(v);
  } else if (attr.type() == ::onnx::AttributeProto::INT) {
    tensor.set_data_type(::onnx::TensorProto::INT64);
    tensor.add_int64_data(attr.i());
  } else {
    tensor.set_data_type(::onnx::TensorProto::FLOAT);
    tensor.add_float_data(attr.f());
  }
  return tensor;
}

static void upgradeNode(::onnx::NodeProto &node, const UpgradeRule &rule,
                        ::onnx::GraphProto &graph, int &counter) {
  // DFT's axis defaulted to 1 as an attribute (opsets 17-19), to -2 as an
  // input: an old node without it gets its old default spelled out.
  if (node.op_type() == "DFT" && !hasAttribute(node, "axis")) {
    ::onnx::AttributeProto *axis = node.add_attribute();
    axis->set_name("axis");
    axis->set_type(::onnx::AttributeProto::INT);
    axis->set_i(1);
  }
  for (const AttributeMove &move : rule.moves) {
    for (int i = 0; i < node.attribute_size(); ++i) {
      const char *name = move.attribute;
      // Pad-1 called its pads "paddings".
      bool matches = node.attribute(i).name() == name ||
                     (std::strcmp(name, "pads") == 0 &&
                      node.attribute(i).name() == "paddings");
      if (!matches)
        continue;
      std::string tensorName = node.name() + "__" + name + "_" +
                               std::to_string(counter++);
      *graph.add_initializer() = makeTensor(node.attribute(i), tensorName);
      while (node.input_size() <= move.inputIndex)
        node.add_input("");
      node.set_input(move.inputIndex, tensorName);
      node.mutable_attribute()->DeleteSubrange(i, 1);
      break;
    }
  }
  // Split without sizes splits evenly into as many outputs as it has.
  if (node.op_type() == "Split" && node.input_size() < 2) {
    ::onnx::AttributeProto *numOutputs = node.add_attribute();
    numOutputs->set_name("num_outputs");
    numOutputs->set_type(::onnx::AttributeProto::INT);
    numOutputs->set_i(node.output_size());
  }
}

static void setStringAttribute(::onnx::NodeProto &node, const char *name,
                               const std::string &value) {
  for (::onnx::AttributeProto &attr : *node.mutable_attribute())
    if (attr.name() == name) {
      attr.set_s(value);
      return;
    }
  ::onnx::AttributeProto *attr = node.add_attribute();
  attr->set_name(name);
  attr->set_type(::onnx::AttributeProto::STRING);
  attr->set_s(value);
}

/// Upsample (opsets 7-9, deprecated since 10) and Resize-10 become the
/// current Resize: scales (Upsample-7's attribute, else input 1) move to
/// input 2 behind an empty roi, and their coordinate mapping, x / scale
/// with nearest rounding down, is spelled out (the current defaults
/// differ).
static void upgradeToResize(::onnx::NodeProto &node, ::onnx::GraphProto &graph,
                            int &counter) {
  std::string scales;
  for (int i = 0; i < node.attribute_size(); ++i) {
    if (node.attribute(i).name() != "scales")
      continue;
    scales = node.name() + "__scales_" + std::to_string(counter++);
    ::onnx::TensorProto tensor;
    tensor.set_name(scales);
    tensor.set_data_type(::onnx::TensorProto::FLOAT);
    tensor.add_dims(node.attribute(i).floats_size());
    for (float v : node.attribute(i).floats())
      tensor.add_float_data(v);
    *graph.add_initializer() = tensor;
    node.mutable_attribute()->DeleteSubrange(i, 1);
    break;
  }
  if (scales.empty() && node.input_size() > 1)
    scales = node.input(1);
  std::string data = node.input_size() > 0 ? node.input(0) : "";
  node.clear_input();
  node.add_input(data);
  node.add_input("");
  node.add_input(scales);
  node.set_op_type("Resize");
  std::string mode = "nearest";
  for (const ::onnx::AttributeProto &attr : node.attribute())
    if (attr.name() == "mode")
      mode = attr.s();
  // Upsample-7 called linear "bilinear" in some exporters.
  if (mode == "bilinear" || mode == "trilinear")
    setStringAttribute(node, "mode", "linear");
  setStringAttribute(node, "coordinate_transformation_mode", "asymmetric");
  if (mode == "nearest")
    setStringAttribute(node, "nearest_mode", "floor");
}

/// Before opset 10 Dropout's mask had the input's element type; now it is
/// bool. The node gets a bool mask under a new name and a CastLike to the
/// input's type gives the old name its old type (returned, to be appended:
/// the importer takes nodes in dependency order).
static std::optional<::onnx::NodeProto> upgradeDropoutMask(::onnx::NodeProto &node,
                                                           int &counter) {
  if (node.output_size() < 2 || node.output(1).empty() || node.input_size() < 1)
    return std::nullopt;
  std::string mask = node.name() + "__bool_mask_" + std::to_string(counter++);
  ::onnx::NodeProto cast;
  cast.set_name(node.name() + "__mask_type");
  cast.set_op_type("CastLike");
  cast.add_input(mask);
  cast.add_input(node.input(0));
  cast.add_output(node.output(1));
  node.set_output(1, mask);
  return cast;
}

void upgradeGraph(::onnx::GraphProto &graph, int64_t opset) {
  int counter = 0;
  std::vector<::onnx::NodeProto> added;
  for (::onnx::NodeProto &node : *graph.mutable_node()) {
    if (!node.domain().empty() && node.domain() != "ai.onnx")
      continue;
    if (const char *renamed = currentName(node.op_type()))
      node.set_op_type(renamed);
    auto *attrs = node.mutable_attribute();
    for (int i = attrs->size() - 1; i >= 0; --i)
      if (isObsoleteAttribute(node, opset, attrs->Get(i)))
        attrs->DeleteSubrange(i, 1);
    if (node.op_type() == "Upsample" || (node.op_type() == "Resize" && opset < 11))
      upgradeToResize(node, graph, counter);
    if (node.op_type() == "Dropout" && opset < 10)
      if (std::optional<::onnx::NodeProto> cast = upgradeDropoutMask(node, counter))
        added.push_back(std::move(*cast));
    for (const UpgradeRule &rule : upgradeRules())
      if (node.op_type() == rule.opType && opset < rule.sinceOpset)
        upgradeNode(node, rule, graph, counter);
    // Subgraphs (If branches, Loop and Scan bodies) are of the same opset.
    for (::onnx::AttributeProto &attr : *node.mutable_attribute()) {
      if (attr.has_g())
        upgradeGraph(*attr.mutable_g(), opset);
      for (::onnx::GraphProto &sub : *attr.mutable_graphs())
        upgradeGraph(sub, opset);
    }
  }
  for (::onnx::NodeProto &node : added)
    *graph.add_node() = std::move(node);
}

} // namespace onnxc
