//===- Subgraphs.cpp - ONNX graph attributes as regions -------------------===//

#include "compiler/import/Subgraphs.h"

#include "llvm/ADT/StringSet.h"

namespace onnxc {

llvm::ArrayRef<llvm::StringLiteral> getSubgraphAttributes(llvm::StringRef opType) {
  // The region order of the generated ops (ONNXOps.gen.td).
  static constexpr llvm::StringLiteral kIf[] = {"else_branch", "then_branch"};
  static constexpr llvm::StringLiteral kBody[] = {"body"};
  if (opType == "If")
    return kIf;
  if (opType == "Loop" || opType == "Scan")
    return kBody;
  return {};
}

namespace {
/// Collects the names used in `graph` (and its nested subgraphs) that none
/// of them defines; `defined` holds what the enclosing subgraphs define.
/// Recursive in the nesting of subgraphs (a handful of levels in real
/// models), never in the number of nodes.
void collectCaptured(const ::onnx::GraphProto &graph, llvm::StringSet<> defined,
                     llvm::StringSet<> &seen, std::vector<std::string> &captured) {
  for (const auto &input : graph.input())
    defined.insert(input.name());
  for (const auto &init : graph.initializer())
    defined.insert(init.name());
  for (const auto &node : graph.node())
    for (const std::string &output : node.output())
      defined.insert(output);
  auto use = [&](const std::string &name) {
    if (!name.empty() && !defined.contains(name) && seen.insert(name).second)
      captured.push_back(name);
  };
  for (const auto &node : graph.node()) {
    for (const std::string &input : node.input())
      use(input);
    for (const auto &attr : node.attribute()) {
      if (attr.has_g())
        collectCaptured(attr.g(), defined, seen, captured);
      for (const auto &sub : attr.graphs())
        collectCaptured(sub, defined, seen, captured);
    }
  }
  for (const auto &output : graph.output())
    use(output.name());
}
} // namespace

std::vector<std::string> getCapturedNames(const ::onnx::NodeProto &node) {
  llvm::StringSet<> seen;
  std::vector<std::string> captured;
  for (const auto &attr : node.attribute()) {
    if (attr.has_g())
      collectCaptured(attr.g(), {}, seen, captured);
    for (const auto &sub : attr.graphs())
      collectCaptured(sub, {}, seen, captured);
  }
  return captured;
}

} // namespace onnxc
