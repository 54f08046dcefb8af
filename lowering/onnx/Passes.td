//===- Passes.td - graph rewrites on the onnx dialect ------*- tablegen -*-===//

#ifndef ONNXC_LOWERING_ONNX_PASSES
#define ONNXC_LOWERING_ONNX_PASSES

include "mlir/Pass/PassBase.td"

def InferShapes : Pass<"onnxc-onnx-infer-shapes", "mlir::func::FuncOp"> {
  let summary = "Refine the result types of onnx ops and of the function";
  let description = [{
    Runs the onnx dialect's shape inference over every op in order, so that
    types refined by earlier rewrites (folded shapes, specialised inputs)
    reach every consumer, then updates the function's result types.
  }];
  let dependentDialects = ["onnxc::onnx::ONNXDialect"];
}

def SimplifyShapeComputations
    : Pass<"onnxc-onnx-simplify-shape-computations", "mlir::func::FuncOp"> {
  let summary = "Turn computed Reshape shapes into constant shapes with 0/-1";
  let description = [{
    PyTorch exports `x.view(x.size(0), -1)` as
    Shape(x) -> Gather(0) -> Unsqueeze -> Concat([., -1]) -> Reshape(x, .).
    When the batch is symbolic, those ops cannot fold. This pass traces each
    element of a Reshape's shape tensor back to a constant or to a dim of a
    tensor; a dim of the reshaped tensor at the same position becomes 0
    (ONNX: copy the input dim), a static dim becomes its size. The shape
    becomes a constant, and the Shape chain dies. Any small integer tensor
    that traces to constants and static dims (Gather(Shape(x), 2) of a
    [?, ?, 2304] x, `head_dim * 3` chunk bounds) becomes a constant, and
    result types are re-inferred as things fold, until nothing changes.
    Shapes that stay computed (`x.view(b, s * heads, d)` with symbolic b and
    s) are left for the linalg lowering, which computes them from dims.
  }];
  let dependentDialects = ["onnxc::onnx::ONNXDialect"];
}

#endif // ONNXC_LOWERING_ONNX_PASSES
