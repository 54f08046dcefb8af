// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// MaxPool (2-D, NCHW): padding with -inf, plus the extra end padding that
// ceil_mode needs, then linalg.pooling_nchw_max into a -inf accumulator;
// other ranks and element types, LpPool and the Indices output as
// linalg.generic window reductions. GlobalAveragePool: a sum reduction over
// the spatial dims, then a division by their count.

// CHECK-LABEL: func.func @maxpool_pads
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x8xf32>)
// CHECK: %[[NEG_INF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[PADDED:.*]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: tensor.yield %[[NEG_INF]] : f32
// CHECK: } : tensor<1x3x8x8xf32> to tensor<1x3x10x10xf32>
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<1x3x4x4xf32>
// CHECK: %[[ACC:.*]] = linalg.fill ins(%[[NEG_INF]] : f32) outs(%[[EMPTY]] : tensor<1x3x4x4xf32>)
// CHECK: %[[WINDOW:.*]] = tensor.empty() : tensor<3x3xf32>
// CHECK: %[[Y:.*]] = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-SAME: ins(%[[PADDED]], %[[WINDOW]] : tensor<1x3x10x10xf32>, tensor<3x3xf32>) outs(%[[ACC]] : tensor<1x3x4x4xf32>)
// CHECK: return %[[Y]]
func.func @maxpool_pads(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> (tensor<1x3x4x4xf32>, none)
  return %0 : tensor<1x3x4x4xf32>
}

// -----

// ceil_mode: 7x7 with a 2x2 window, stride 2, gives 4x4 outputs; the last
// window needs one more row and column of -inf at the end.
// CHECK-LABEL: func.func @maxpool_ceil_mode
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x7x7xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %{{.*}}
// CHECK: %[[PADDED:.*]] = tensor.pad %[[X]] low[0, 0, 0, 0] high[0, 0, 1, 1]
// CHECK: } : tensor<?x3x7x7xf32> to tensor<?x3x8x8xf32>
// CHECK: %[[EMPTY:.*]] = tensor.empty(%[[N]]) : tensor<?x3x4x4xf32>
// CHECK: linalg.pooling_nchw_max
// CHECK-SAME: ins(%[[PADDED]], %{{.*}} : tensor<?x3x8x8xf32>, tensor<2x2xf32>)
func.func @maxpool_ceil_mode(%x: tensor<?x3x7x7xf32>) -> tensor<?x3x4x4xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {ceil_mode = 1 : i64, kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<?x3x7x7xf32>) -> (tensor<?x3x4x4xf32>, none)
  return %0 : tensor<?x3x4x4xf32>
}

// -----

// No padding: the input goes to the pooling op as it is.
// CHECK-LABEL: func.func @maxpool_no_pads
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x8xf32>)
// CHECK-NOT: tensor.pad
// CHECK: linalg.pooling_nchw_max {{.*}} ins(%[[X]], %{{.*}} : tensor<1x3x8x8xf32>, tensor<2x2xf32>)
func.func @maxpool_no_pads(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> (tensor<1x3x4x4xf32>, none)
  return %0 : tensor<1x3x4x4xf32>
}

// -----

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[REDUCED:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
// CHECK-LABEL: func.func @global_average_pool
// CHECK-SAME: (%[[X:.*]]: tensor<?x8x7x7xf32>)
// CHECK-DAG: %[[COUNT:.*]] = arith.constant 4.900000e+01 : f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[ACC:.*]] = linalg.fill ins(%[[ZERO]] : f32)
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[REDUCED]]], iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
// CHECK-SAME: ins(%[[X]] : tensor<?x8x7x7xf32>) outs(%[[ACC]] : tensor<?x8x1x1xf32>)
// CHECK: arith.addf
// CHECK: linalg.generic {{.*}} ins(%[[SUM]] : tensor<?x8x1x1xf32>)
// CHECK: arith.divf %{{.*}}, %[[COUNT]] : f32
func.func @global_average_pool(%x: tensor<?x8x7x7xf32>) -> tensor<?x8x1x1xf32> {
  %0 = "onnx.GlobalAveragePool"(%x) : (tensor<?x8x7x7xf32>) -> tensor<?x8x1x1xf32>
  return %0 : tensor<?x8x1x1xf32>
}

// -----

// MaxPool's Indices output: one linalg.generic carries the maximum and
// the row-major position in the unpadded input of the first tap that
// reached it ((n * C + c) * H + h) * W + w.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 2 + d5)>
// CHECK-DAG: #[[WIN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @maxpool_indices_used
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x8xf32>)
// CHECK-DAG: %[[C8:.*]] = arith.constant 8 : index
// CHECK-DAG: %[[NEG_INF:.*]] = arith.constant 0xFF800000 : f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK: %[[VALUES:.*]] = linalg.fill ins(%[[NEG_INF]] : f32)
// CHECK: %[[INDICES:.*]] = linalg.fill ins(%[[ZERO]] : i64)
// CHECK: %[[R:.*]]:2 = linalg.generic {indexing_maps = [#[[IN]], #[[WIN]], #[[OUT]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
// CHECK-SAME: ins(%[[X]], %{{.*}} : tensor<1x3x8x8xf32>, tensor<2x2xf32>) outs(%[[VALUES]], %[[INDICES]] : tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>)
// CHECK-NEXT: ^bb0(%[[V:.*]]: f32, %{{.*}}: f32, %[[MAX:.*]]: f32, %[[ARG:.*]]: i64):
// CHECK: %[[ROW:.*]] = arith.muli %{{.*}}, %[[C8]] : index
// CHECK: %[[FLAT:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK: %[[GT:.*]] = arith.cmpf ogt, %[[V]], %[[MAX]] : f32
// CHECK: %[[NEW_MAX:.*]] = arith.select %[[GT]], %[[V]], %[[MAX]] : f32
// CHECK: %[[NEW_ARG:.*]] = arith.select %[[GT]], %[[FLAT]], %[[ARG]] : i64
// CHECK: linalg.yield %[[NEW_MAX]], %[[NEW_ARG]] : f32, i64
// CHECK: return %[[R]]#1
func.func @maxpool_indices_used(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xi64> {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>)
  return %1 : tensor<1x3x4x4xi64>
}

// -----

// AveragePool where every window counts all its taps (no padding): the
// sum pooled by linalg.pooling_nchw_sum, divided by the kernel size.
// CHECK-LABEL: func.func @averagepool_uniform
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x8x8xf32>)
// CHECK-DAG: %[[K:.*]] = arith.constant 4.000000e+00 : f32
// CHECK: %[[ACC:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<?x3x4x4xf32>)
// CHECK: %[[W:.*]] = tensor.empty() : tensor<2x2xf32>
// CHECK: %[[S:.*]] = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-SAME: ins(%[[X]], %[[W]] : tensor<?x3x8x8xf32>, tensor<2x2xf32>) outs(%[[ACC]] : tensor<?x3x4x4xf32>)
// CHECK: %[[Y:.*]] = linalg.generic
// CHECK-SAME: ins(%[[S]] :
// CHECK: arith.divf %{{.*}}, %[[K]]
// CHECK: return %[[Y]]
func.func @averagepool_uniform(%x: tensor<?x3x8x8xf32>) -> tensor<?x3x4x4xf32> {
  %0 = "onnx.AveragePool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<?x3x8x8xf32>) -> tensor<?x3x4x4xf32>
  return %0 : tensor<?x3x4x4xf32>
}

// -----

// With padding (count_include_pad 0) and ceil_mode the border windows count
// fewer taps (out = ceil((5 + 2 - 3) / 2) + 1 = 3; taps 2, 3, 2 in each
// direction): each output divides by the product over H and W of
// max(0, last - first + 1), the taps k in [0, 3) whose position
// o * 2 - 1 + k lies in [0, 5), computed from the output position.
// CHECK-LABEL: func.func @averagepool_pads_ceil
// CHECK-DAG: %[[C4:.*]] = arith.constant 4 : index
// CHECK: %[[P:.*]] = tensor.pad %{{.*}} low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: %[[S:.*]] = linalg.pooling_nchw_sum
// CHECK-SAME: ins(%[[P]], %{{.*}} : tensor<1x2x7x7xf32>, tensor<3x3xf32>)
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[S]] :
// CHECK-NEXT: ^bb0(%[[SUM:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[OH:.*]] = linalg.index 2 : index
// CHECK: %[[START:.*]] = arith.subi %{{.*}}, %{{.*}} : index
// CHECK: arith.subi %[[C4]], %[[START]] : index
// CHECK: linalg.index 3 : index
// CHECK: %[[TAPS64:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK-NEXT: %[[COUNT:.*]] = arith.sitofp %[[TAPS64]] : i64 to f32
// CHECK-NEXT: arith.divf %[[SUM]], %[[COUNT]]
func.func @averagepool_pads_ceil(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32> {
  %0 = "onnx.AveragePool"(%x) {ceil_mode = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// -----

// With count_include_pad the explicit padding counts: every window here
// has all 9 taps.
// CHECK-LABEL: func.func @averagepool_count_include_pad
// CHECK-DAG: %[[K:.*]] = arith.constant 9.000000e+00 : f32
// CHECK: linalg.pooling_nchw_sum
// CHECK: arith.divf %{{.*}}, %[[K]]
func.func @averagepool_count_include_pad(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32> {
  %0 = "onnx.AveragePool"(%x) {count_include_pad = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

// 1-D MaxPool: a linalg.generic over (n, c, o, k) reading the padded
// input at o * 2 + k, with a window tensor giving k its size.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2 * 2 + d3)>
// CHECK-DAG: #[[WIN:.*]] = affine_map<(d0, d1, d2, d3) -> (d3)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @maxpool_1d
// CHECK-SAME: (%[[X:.*]]: tensor<?x4x9xf32>)
// CHECK: %[[P:.*]] = tensor.pad %[[X]] low[0, 0, 1] high[0, 0, 1]
// CHECK: %[[ACC:.*]] = linalg.fill
// CHECK: %[[WINDOW:.*]] = tensor.empty() : tensor<3xf32>
// CHECK: %[[Y:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[WIN]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[P]], %[[WINDOW]] : tensor<?x4x11xf32>, tensor<3xf32>) outs(%[[ACC]] : tensor<?x4x5xf32>)
// CHECK: arith.maximumf
// CHECK: return %[[Y]]
func.func @maxpool_1d(%x: tensor<?x4x9xf32>) -> tensor<?x4x5xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 3>, pads = array<i64: 1, 1>, strides = array<i64: 2>} : (tensor<?x4x9xf32>) -> (tensor<?x4x5xf32>, none)
  return %0 : tensor<?x4x5xf32>
}

// -----

// Dynamic H and W with auto_pad SAME_UPPER: the pads and the output sizes
// are computed from tensor.dim at run time; the named op takes the
// dynamic shapes.
// CHECK-LABEL: func.func @maxpool_dynamic_same_upper
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x?x?xf32>)
// CHECK: %[[H:.*]] = tensor.dim %[[X]], %{{.*}}
// CHECK: arith.ceildivsi %[[H]], %{{.*}}
// CHECK: %[[W:.*]] = tensor.dim %[[X]], %{{.*}}
// CHECK: %[[P:.*]] = tensor.pad %[[X]] low[0, 0, %{{.*}}, %{{.*}}] high[0, 0, %{{.*}}, %{{.*}}]
// CHECK: } : tensor<1x3x?x?xf32> to tensor<1x3x?x?xf32>
// CHECK: %[[EMPTY:.*]] = tensor.empty(%{{.*}}, %{{.*}}) : tensor<1x3x?x?xf32>
// CHECK: linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-SAME: ins(%[[P]], %{{.*}} : tensor<1x3x?x?xf32>, tensor<3x3xf32>)
func.func @maxpool_dynamic_same_upper(%x: tensor<1x3x?x?xf32>) -> tensor<1x3x?x?xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {auto_pad = "SAME_UPPER", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x?x?xf32>) -> (tensor<1x3x?x?xf32>, none)
  return %0 : tensor<1x3x?x?xf32>
}

// -----

// 3-D integer MaxPool (no named op for NCDHW): a linalg.generic with the
// unsigned maximum, padded with the type's lowest value.
// CHECK-LABEL: func.func @maxpool_3d_uint8
// CHECK: %[[LOWEST:.*]] = arith.constant 0 : i8
// CHECK: tensor.pad %{{.*}} low[0, 0, 0, 0, 1] high[0, 0, 0, 0, 1]
// CHECK: tensor.yield %[[LOWEST]] : i8
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]
// CHECK: arith.maxui
func.func @maxpool_3d_uint8(%x: tensor<1x2x4x4x4xui8>) -> tensor<1x2x3x3x5xui8> {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2, 2>, pads = array<i64: 0, 0, 1, 0, 0, 1>} : (tensor<1x2x4x4x4xui8>) -> (tensor<1x2x3x3x5xui8>, none)
  return %0 : tensor<1x2x3x3x5xui8>
}

// -----

// LpPool: the window sum of x * x (p = 2), then its square root.
// CHECK-LABEL: func.func @lppool_p2
// CHECK: linalg.generic
// CHECK: %[[SQ:.*]] = arith.mulf %[[V:.*]], %[[V]] : f32
// CHECK: arith.addf %{{.*}}, %[[SQ]] : f32
// CHECK: linalg.generic
// CHECK: math.sqrt
func.func @lppool_p2(%x: tensor<1x2x6x6xf32>) -> tensor<1x2x5x5xf32> {
  %0 = "onnx.LpPool"(%x) {kernel_shape = array<i64: 2, 2>, p = 2 : i64} : (tensor<1x2x6x6xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

// GlobalMaxPool over dynamic spatial dims: a max reduction, the dims kept.
// CHECK-LABEL: func.func @global_max_pool_dynamic
// CHECK: %[[NEG_INF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: linalg.fill ins(%[[NEG_INF]] : f32)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction", "reduction"]
// CHECK: arith.maximumf
func.func @global_max_pool_dynamic(%x: tensor<?x8x?x?xf32>) -> tensor<?x8x1x1xf32> {
  %0 = "onnx.GlobalMaxPool"(%x) : (tensor<?x8x?x?xf32>) -> tensor<?x8x1x1xf32>
  return %0 : tensor<?x8x1x1xf32>
}

// -----

// Pooling needs the input's rank: the reason reaches the user.
module attributes {onnx.opset = 19 : i64} {
  func.func @maxpool_unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
    // expected-error @unknown {{node 'pool_unranked' (MaxPool, opset 19): operator is not supported by the compiler yet (or not with these types, shapes or attributes): only ranked 1-D, 2-D and 3-D pooling}}
    %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>} : (tensor<*xf32>) -> (tensor<*xf32>, none) loc("pool_unranked")
    return %0 : tensor<*xf32>
  }
}

// -----

// GlobalLpPool with p = 3: the sum of |x|^3 over H and W (math.powf of the
// magnitude), then its cube root.
// CHECK-LABEL: func.func @global_lp_pool_p3
// CHECK-DAG: %[[THREE:.*]] = arith.constant 3.000000e+00 : f32
// CHECK-DAG: %[[THIRD:.*]] = arith.constant 0.333333343 : f32
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction", "reduction"]
// CHECK: %[[ABS:.*]] = math.absf %{{.*}} : f32
// CHECK: %[[POW:.*]] = math.powf %[[ABS]], %[[THREE]] : f32
// CHECK: arith.addf %{{.*}}, %[[POW]] : f32
// CHECK: linalg.generic
// CHECK: math.powf %{{.*}}, %[[THIRD]] : f32
func.func @global_lp_pool_p3(%x: tensor<1x4x?x?xf32>) -> tensor<1x4x1x1xf32> {
  %0 = "onnx.GlobalLpPool"(%x) {p = 3 : i64} : (tensor<1x4x?x?xf32>) -> tensor<1x4x1x1xf32>
  return %0 : tensor<1x4x1x1xf32>
}
