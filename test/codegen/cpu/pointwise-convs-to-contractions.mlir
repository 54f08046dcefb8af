// RUN: onnxc-opt %s --split-input-file --onnxc-cpu-pointwise-convs-to-contractions | FileCheck %s

// onnxc-cpu-pointwise-convs-to-contractions: 1x1 stride-1 convolutions
// become out[n, f, p] += w[f, c] * in[n, c, p] over views with the spatial
// dims flattened into p.

// CHECK-DAG: #[[W:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @pointwise
// CHECK-SAME: (%[[X:.*]]: memref<?x8x7x5xf32>, %[[F:.*]]: memref<4x8x1x1xf32>, %[[Y:.*]]: memref<?x4x7x5xf32>)
// CHECK-NOT: linalg.conv_2d
// CHECK-DAG: %[[XV:.*]] = memref.collapse_shape %[[X]] {{\[\[}}0], [1], [2, 3]] : memref<?x8x7x5xf32> into memref<?x8x35xf32>
// CHECK-DAG: %[[FV:.*]] = memref.collapse_shape %[[F]] {{\[\[}}0], [1, 2, 3]] : memref<4x8x1x1xf32> into memref<4x8xf32>
// CHECK-DAG: %[[YV:.*]] = memref.collapse_shape %[[Y]] {{\[\[}}0], [1], [2, 3]] : memref<?x4x7x5xf32> into memref<?x4x35xf32>
// CHECK: linalg.generic {indexing_maps = [#[[W]], #[[IN]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[FV]], %[[XV]] : memref<4x8xf32>, memref<?x8x35xf32>) outs(%[[YV]] : memref<?x4x35xf32>)
// CHECK: %[[P:.*]] = arith.mulf %{{.*}}, %{{.*}} : f32
// CHECK: %[[S:.*]] = arith.addf %{{.*}}, %[[P]] : f32
// CHECK: linalg.yield %[[S]]
// CHECK-NOT: linalg.conv_2d
func.func @pointwise(%x: memref<?x8x7x5xf32>, %w: memref<4x8x1x1xf32>, %y: memref<?x4x7x5xf32>) {
  linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : memref<?x8x7x5xf32>, memref<4x8x1x1xf32>) outs(%y : memref<?x4x7x5xf32>)
  return
}

// -----

// Left alone: a 3x3 filter, a stride of 2, and an input whose rows are a
// strided window (a subview cannot be flattened into one view).
// CHECK-LABEL: func.func @left_alone
// CHECK-NOT: memref.collapse_shape
// CHECK-NOT: linalg.generic
// CHECK-COUNT-3: linalg.conv_2d_nchw_fchw
func.func @left_alone(%x: memref<1x8x7x7xf32>, %w3: memref<4x8x3x3xf32>, %y3: memref<1x4x5x5xf32>,
                      %w1: memref<4x8x1x1xf32>, %y2: memref<1x4x4x4xf32>,
                      %big: memref<1x8x9x9xf32>, %y1: memref<1x4x7x7xf32>) {
  linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w3 : memref<1x8x7x7xf32>, memref<4x8x3x3xf32>) outs(%y3 : memref<1x4x5x5xf32>)
  linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w1 : memref<1x8x7x7xf32>, memref<4x8x1x1xf32>) outs(%y2 : memref<1x4x4x4xf32>)
  %window = memref.subview %big[0, 0, 1, 1] [1, 8, 7, 7] [1, 1, 1, 1]
      : memref<1x8x9x9xf32> to memref<1x8x7x7xf32, strided<[648, 81, 9, 1], offset: 10>>
  linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%window, %w1 : memref<1x8x7x7xf32, strided<[648, 81, 9, 1], offset: 10>>, memref<4x8x1x1xf32>) outs(%y1 : memref<1x4x7x7xf32>)
  return
}

// -----

// Composed with onnxc-cpu-tile-contractions the convolution is one register
// tile loop nest whose vectors run along the flattened spatial dim.
// RUN: onnxc-opt %s --split-input-file --onnxc-cpu-pointwise-convs-to-contractions --onnxc-cpu-tile-contractions | FileCheck %s --check-prefix=TILED
// TILED-LABEL: func.func @tiled
// TILED-NOT: linalg.
// TILED: scf.for {{.*}} step %c16
// TILED: scf.for {{.*}} step %c4
// TILED: vector.transfer_read %collapse_shape{{.*}} : memref<1x16x64xf32>, vector<16xf32>
// TILED-COUNT-4: vector.fma
func.func @tiled(%x: memref<1x16x8x8xf32>, %w: memref<8x16x1x1xf32>, %y: memref<1x8x8x8xf32>) {
  linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : memref<1x16x8x8xf32>, memref<8x16x1x1xf32>) outs(%y : memref<1x8x8x8xf32>)
  return
}
