//===- Subgraphs.h - ONNX graph attributes as regions -----------*- C++ -*-===//
//
// If, Loop and Scan carry subgraphs in graph attributes; each becomes a
// single-block region of its op (ending in onnx.Yield), whose block
// arguments are the subgraph's inputs. A subgraph may use names of the
// graphs around it: those are the node's implicit inputs, and the node can
// only be imported once they exist.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_COMPILER_IMPORT_SUBGRAPHS_H
#define ONNXC_COMPILER_IMPORT_SUBGRAPHS_H

#include "onnx/onnx_pb.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace onnxc {

/// The graph attributes of `opType` in the order of its op's regions
/// (empty for ops without subgraphs).
llvm::ArrayRef<llvm::StringLiteral> getSubgraphAttributes(llvm::StringRef opType);

/// The names that the subgraphs of `node` use but do not define (its
/// implicit inputs), in first-use order, each once.
std::vector<std::string> getCapturedNames(const ::onnx::NodeProto &node);

} // namespace onnxc

#endif // ONNXC_COMPILER_IMPORT_SUBGRAPHS_H
