//===- OpsetUpgrade.h - older opset forms -> current form -------*- C++ -*-===//
//
// The onnx dialect has one form per operator: the newest. Models exported at
// older opsets pass some operands as attributes (ReduceSum axes before 13,
// Clip min/max before 11, Pad pads before 11, Slice starts/ends before 10,
// Split, Squeeze/Unsqueeze axes before 13, Dropout ratio before 12), and
// some under an old name (Scatter, now ScatterElements). This
// rewrites such nodes on the protobuf, before import, so that importer and
// lowering only ever see the current form.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_COMPILER_IMPORT_OPSETUPGRADE_H
#define ONNXC_COMPILER_IMPORT_OPSETUPGRADE_H

#include "onnx/onnx_pb.h"
#include <string>

namespace onnxc {

/// Upgrades every node of `graph` (ai.onnx at `opset`) in place; constants
/// that used to be attributes become new initializers.
void upgradeGraph(::onnx::GraphProto &graph, int64_t opset);

} // namespace onnxc

#endif // ONNXC_COMPILER_IMPORT_OPSETUPGRADE_H
