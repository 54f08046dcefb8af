//===- PopulatePatterns.h - onnx -> linalg pattern families -----*- C++ -*-===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_POPULATEPATTERNS_H
#define ONNXC_LOWERING_ONNXTOLINALG_POPULATEPATTERNS_H

#include "mlir/IR/PatternMatch.h"

namespace onnxc {

/// Applied before all others: shape operands computed from tensor dims ->
/// tensor.from_elements of scalars (ComputedShapes.cpp).
void populateComputedShapePatterns(mlir::RewritePatternSet &patterns);
/// 0-D linalg.generics -> scalar arithmetic (ComputedShapes.cpp); runs with
/// the op patterns.
void populateScalarComputationPatterns(mlir::RewritePatternSet &patterns);

void populateElementwisePatterns(mlir::RewritePatternSet &patterns);
void populateConvPatterns(mlir::RewritePatternSet &patterns);
/// ConvTranspose as a Conv over the input spread by the strides (ConvTranspose.cpp).
void populateConvTransposePatterns(mlir::RewritePatternSet &patterns);
void populatePoolingPatterns(mlir::RewritePatternSet &patterns);
void populateLinearPatterns(mlir::RewritePatternSet &patterns);
void populateQuantizePatterns(mlir::RewritePatternSet &patterns);
void populateTensorPatterns(mlir::RewritePatternSet &patterns);
void populateNormalizationPatterns(mlir::RewritePatternSet &patterns);
void populateAttentionPatterns(mlir::RewritePatternSet &patterns);
void populateRotaryPatterns(mlir::RewritePatternSet &patterns);
void populateReductionPatterns(mlir::RewritePatternSet &patterns);
void populateLossPatterns(mlir::RewritePatternSet &patterns);
void populateComparisonPatterns(mlir::RewritePatternSet &patterns);
void populateIndexingPatterns(mlir::RewritePatternSet &patterns);
void populateIndexedAccessPatterns(mlir::RewritePatternSet &patterns);
void populateControlFlowPatterns(mlir::RewritePatternSet &patterns);
void populateBitwisePatterns(mlir::RewritePatternSet &patterns);
void populateSplitPatterns(mlir::RewritePatternSet &patterns);
void populateDiagonalPatterns(mlir::RewritePatternSet &patterns);
void populateCumulativePatterns(mlir::RewritePatternSet &patterns);
void populateRearrangePatterns(mlir::RewritePatternSet &patterns);
void populatePadPatterns(mlir::RewritePatternSet &patterns);
void populateResizePatterns(mlir::RewritePatternSet &patterns);
void populateGridSamplePatterns(mlir::RewritePatternSet &patterns);
/// TopK: a ranking generic and a selecting one (TopK.cpp).
void populateTopKPatterns(mlir::RewritePatternSet &patterns);
/// Tile: a broadcast into [r_0, n_0, ...] and a collapse (Tile.cpp).
void populateTilePatterns(mlir::RewritePatternSet &patterns);
/// Einsum: one generic with the equation's maps (Einsum.cpp).
void populateEinsumPatterns(mlir::RewritePatternSet &patterns);
/// DFT: the transform as a sum, one generic (DFT.cpp).
void populateDFTPatterns(mlir::RewritePatternSet &patterns);
/// RNN, GRU and LSTM: scf.for over time steps (Recurrent.cpp).
void populateRecurrentPatterns(mlir::RewritePatternSet &patterns);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_POPULATEPATTERNS_H
