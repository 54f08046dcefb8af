//===- ONNXExtraOps.td - hand-written onnx ops -------------*- tablegen -*-===//
//
// Ops that are not ONNX operators but that the onnx dialect needs to express
// ONNX graphs. The generated operators live in ONNXOps.gen.td.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_ONNX_EXTRA_OPS
#define ONNXC_ONNX_EXTRA_OPS

include "dialects/onnx/ONNXBase.td"

def ONNX_NoValueOp : ONNX_Op<"NoValue", [Pure]> {
  let summary = "The absent value of an optional input or output";
  let description = [{
    ONNX marks an optional input that a node leaves out with an empty name.
    The importer passes the result of `onnx.NoValue` in that operand slot, so
    every op keeps a fixed operand list and lowering asks
    `isa<NoneType>(operand.getType())` to learn that an input is absent.

    ```mlir
    %none = "onnx.NoValue"() : () -> none
    %y = "onnx.Conv"(%x, %w, %none) {...}
        : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<1x4x6x6xf32>
    ```
  }];
  let results = (outs NoneType:$none);
}

def ONNX_YieldOp : ONNX_Op<"Yield", [Pure, Terminator]> {
  let summary = "The outputs of a subgraph (If branches, Loop and Scan bodies)";
  let description = [{
    ONNX graph attributes (If's then_branch/else_branch, Loop's and Scan's
    body) become single-block regions of their op; the subgraph's inputs
    are the block's arguments and its outputs the operands of `onnx.Yield`.
    A subgraph may use values of the graphs around it directly.

    ```mlir
    %r = "onnx.If"(%c) ({
      "onnx.Yield"(%b) : (tensor<2xf32>) -> ()
    }, {
      "onnx.Yield"(%a) : (tensor<2xf32>) -> ()
    }) : (tensor<i1>) -> tensor<2xf32>
    ```
  }];
  let arguments = (ins Variadic<AnyType>:$outputs);
}

#endif // ONNXC_ONNX_EXTRA_OPS
