// RUN: onnxc-opt %s --split-input-file --onnxc-cpu-tile-contractions | FileCheck %s

// onnxc-cpu-tile-contractions: f32 contractions become column panels of
// row tiles whose accumulators stay in vector registers across k.

// A matmul that the 4 x 16 tile divides: no remainder code.
// CHECK-LABEL: func.func @matmul
// CHECK-NOT: linalg.matmul
// CHECK: scf.for %[[COL:.*]] = %{{.*}} to %{{.*}} step %c16
// CHECK: scf.for %[[ROW:.*]] = %{{.*}} to %{{.*}} step %c4
// CHECK-COUNT-4: vector.transfer_read %arg2{{.*}} {in_bounds = [true]} : memref<8x32xf32>, vector<16xf32>
// CHECK: scf.for %[[K:.*]] = {{.*}} iter_args({{.*}}) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>)
// CHECK: vector.transfer_read %arg1[%[[K]], %[[COL]]]{{.*}} : memref<128x32xf32>, vector<16xf32>
// CHECK-COUNT-4: vector.fma
// CHECK: scf.yield
// CHECK-COUNT-4: vector.transfer_write {{.*}} {in_bounds = [true]}
// CHECK-NOT: scf.if
// CHECK: return
func.func @matmul(%a: memref<8x128xf32>, %b: memref<128x32xf32>, %c: memref<8x32xf32>) {
  linalg.matmul ins(%a, %b : memref<8x128xf32>, memref<128x32xf32>) outs(%c : memref<8x32xf32>)
  return
}

// -----

// 6 rows and 20 columns: one full column panel with a row tile and two single
// rows, then a masked panel of the last 4 columns.
// CHECK-LABEL: func.func @matmul_remainders
// CHECK: scf.for {{.*}} step %c16
// CHECK:   scf.for {{.*}} step %c4
// CHECK-COUNT-4: vector.fma
// CHECK:   scf.for {{.*}} step %c1
// CHECK: vector.fma
// CHECK-NOT: vector.fma
// CHECK: scf.if
// CHECK: vector.transfer_read %arg2{{.*}} : memref<6x20xf32>, vector<16xf32>
// CHECK-NOT: in_bounds = [true]
// CHECK: vector.transfer_write {{.*}} : vector<16xf32>, memref<6x20xf32>
func.func @matmul_remainders(%a: memref<6x64xf32>, %b: memref<64x20xf32>, %c: memref<6x20xf32>) {
  linalg.matmul ins(%a, %b : memref<6x64xf32>, memref<64x20xf32>) outs(%c : memref<6x20xf32>)
  return
}

// -----

// A Linear layer on [batch, seq, d] (two m dims, dynamic): one row index over
// batch x seq, delinearised per tile row.
#lhs = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#rhs = affine_map<(d0, d1, d2, d3) -> (d3, d2)>
#out = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @linear_rows
// CHECK-NOT: linalg.generic
// CHECK: arith.muli
// CHECK: arith.remui
// CHECK: arith.divui
// CHECK: vector.fma
func.func @linear_rows(%x: memref<?x?x32xf32>, %w: memref<32x64xf32>, %y: memref<?x?x64xf32>) {
  linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%x, %w : memref<?x?x32xf32>, memref<32x64xf32>) outs(%y : memref<?x?x64xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %0 = arith.mulf %in, %in_0 : f32
    %1 = arith.addf %out, %0 : f32
    linalg.yield %1 : f32
  }
  return
}

// -----

// Left alone: rhs read transposed (n is not its last index), a body that is
// not a multiply-add, f64, a depthwise convolution (no output channel dim to
// make rows of) and a sum pooling.
#a = affine_map<(d0, d1, d2) -> (d0, d2)>
#bt = affine_map<(d0, d1, d2) -> (d1, d2)>
#c = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @left_alone
// CHECK-NOT: vector.
// CHECK: linalg.generic
// CHECK: linalg.generic
// CHECK: linalg.matmul
// CHECK: linalg.depthwise_conv_2d_nchw_chw
// CHECK: linalg.pooling_nchw_sum
// CHECK-NOT: vector.
func.func @left_alone(%a: memref<8x64xf32>, %bt: memref<32x64xf32>, %c: memref<8x32xf32>,
                      %a64: memref<8x64xf64>, %b64: memref<64x32xf64>, %c64: memref<8x32xf64>,
                      %x: memref<1x64x10x10xf32>,
                      %dw: memref<64x3x3xf32>, %ydw: memref<1x64x8x8xf32>, %window: memref<3x3xf32>) {
  linalg.generic {indexing_maps = [#a, #bt, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %bt : memref<8x64xf32>, memref<32x64xf32>) outs(%c : memref<8x32xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %0 = arith.mulf %in, %in_0 : f32
    %1 = arith.addf %out, %0 : f32
    linalg.yield %1 : f32
  }
  linalg.generic {indexing_maps = [#a, #bt, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %bt : memref<8x64xf32>, memref<32x64xf32>) outs(%c : memref<8x32xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %0 = arith.subf %in, %in_0 : f32
    %1 = arith.maximumf %out, %0 : f32
    linalg.yield %1 : f32
  }
  linalg.matmul ins(%a64, %b64 : memref<8x64xf64>, memref<64x32xf64>) outs(%c64 : memref<8x32xf64>)
  linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%x, %dw : memref<1x64x10x10xf32>, memref<64x3x3xf32>) outs(%ydw : memref<1x64x8x8xf32>)
  linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%x, %window : memref<1x64x10x10xf32>, memref<3x3xf32>) outs(%ydw : memref<1x64x8x8xf32>)
  return
}

// -----

// Inside a loop that an earlier pass built (an scf.parallel body, a strided
// view): still tiled.
// CHECK-LABEL: func.func @nested_in_parallel
// CHECK: scf.parallel
// CHECK: vector.fma
// CHECK-NOT: linalg.matmul
func.func @nested_in_parallel(%a: memref<2x8x64xf32>, %b: memref<64x32xf32>, %c: memref<2x8x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  scf.parallel (%i) = (%c0) to (%c2) step (%c1) {
    %sa = memref.subview %a[%i, 0, 0] [1, 8, 64] [1, 1, 1] : memref<2x8x64xf32> to memref<8x64xf32, strided<[64, 1], offset: ?>>
    %sc = memref.subview %c[%i, 0, 0] [1, 8, 32] [1, 1, 1] : memref<2x8x32xf32> to memref<8x32xf32, strided<[32, 1], offset: ?>>
    linalg.matmul ins(%sa, %b : memref<8x64xf32, strided<[64, 1], offset: ?>>, memref<64x32xf32>)
                  outs(%sc : memref<8x32xf32, strided<[32, 1], offset: ?>>)
    scf.reduce
  }
  return
}

// -----

// A 3x3 convolution: rows over the filters, vectors along ow (20 wide: one
// full panel and a masked one), one loop per reduction dim (c, kh, kw) with
// the accumulators carried through all three, and the input read at
// [n, c, oh + kh, ow + kw], contiguous along ow.
// CHECK-DAG: #[[PLUS:.*]] = affine_map<(d0, d1) -> (d0 + d1)>
// CHECK-LABEL: func.func @conv3x3
// CHECK-SAME: (%[[X:.*]]: memref<1x16x10x22xf32>, %[[W:.*]]: memref<8x16x3x3xf32>, %[[Y:.*]]: memref<1x8x8x20xf32>)
// CHECK-NOT: linalg.conv
// CHECK: scf.for %[[N:[a-z0-9_]+]] = %{{.*}} to %{{.*}} step %c1
// CHECK: scf.for %[[OH:[a-z0-9_]+]] = %{{.*}} to %{{.*}} step %c1
// CHECK: scf.for %[[COL:[a-z0-9_]+]] = %{{.*}} to %{{.*}} step %c16
// CHECK: scf.for %[[F:[a-z0-9_]+]] = %{{.*}} to %{{.*}} step %c4
// CHECK-COUNT-4: vector.transfer_read %[[Y]]{{.*}} {in_bounds = [true]}
// CHECK: scf.for %[[C:[a-z0-9_]+]] = {{.*}} -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>)
// CHECK: scf.for %[[KH:[a-z0-9_]+]] = {{.*}} -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>)
// CHECK: scf.for %[[KW:[a-z0-9_]+]] = {{.*}} -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>)
// CHECK-DAG: %[[IH:[a-z0-9_]+]] = affine.apply #[[PLUS]](%[[OH]], %[[KH]])
// CHECK-DAG: %[[IW:[a-z0-9_]+]] = affine.apply #[[PLUS]](%[[COL]], %[[KW]])
// CHECK: vector.transfer_read %[[X]][%[[N]], %[[C]], %[[IH]], %[[IW]]]{{.*}} {in_bounds = [true]} : memref<1x16x10x22xf32>, vector<16xf32>
// CHECK: memref.load %[[W]][%[[F]], %[[C]], %[[KH]], %[[KW]]]
// CHECK-COUNT-4: vector.fma
// CHECK: scf.yield
// CHECK: scf.yield
// CHECK: scf.yield
// CHECK-COUNT-4: vector.transfer_write {{.*}} {in_bounds = [true]}
// CHECK: scf.if
// CHECK: vector.transfer_read %[[X]]{{.*}} : memref<1x16x10x22xf32>, vector<16xf32>
// CHECK: vector.transfer_write {{.*}} : vector<16xf32>, memref<1x8x8x20xf32>
func.func @conv3x3(%x: memref<1x16x10x22xf32>, %w: memref<8x16x3x3xf32>, %y: memref<1x8x8x20xf32>) {
  linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%x, %w : memref<1x16x10x22xf32>, memref<8x16x3x3xf32>) outs(%y : memref<1x8x8x20xf32>)
  return
}

// -----

// The same convolution as onnxc-cpu-interchange-loops leaves it (a generic
// with ow innermost), strided 2 along oh and dilated: the plan follows the
// dims' roles, not their order; the image row is oh * 2 + kh * 2, the
// column ow + kw * 2.
#in = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d3, d2 * 2 + d4 * 2, d6 + d5 * 2)>
#filter = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d3, d4, d5)>
#out = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d6)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0 * 2 + d1 * 2)>
// CHECK-DAG: #[[COLUMN:.*]] = affine_map<(d0, d1) -> (d0 * 2 + d1)>
// CHECK-LABEL: func.func @conv_generic_interchanged
// CHECK-NOT: linalg.generic
// CHECK: scf.for %[[N:[a-z0-9_]+]] = %{{.*}} to %{{.*}} step %c1
// CHECK: scf.for %[[OH:[a-z0-9_]+]] = %{{.*}} to %{{.*}} step %c1
// CHECK: scf.for %[[COL:[a-z0-9_]+]] = %{{.*}} to %{{.*}} step %c16
// CHECK: scf.for %[[C:[a-z0-9_]+]] = {{.*}} -> (vector<16xf32>
// CHECK: scf.for %[[KH:[a-z0-9_]+]] = {{.*}} -> (vector<16xf32>
// CHECK: scf.for %[[KW:[a-z0-9_]+]] = {{.*}} -> (vector<16xf32>
// CHECK: affine.apply #[[ROW]](%[[OH]], %[[KH]])
// CHECK: affine.apply #[[COLUMN]](%[[KW]], %[[COL]])
// CHECK: vector.fma
func.func @conv_generic_interchanged(%x: memref<?x16x12x20xf32>, %w: memref<8x16x3x3xf32>, %y: memref<?x8x4x16xf32>) {
  linalg.generic {indexing_maps = [#in, #filter, #out], iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction", "reduction", "parallel"]}
      ins(%x, %w : memref<?x16x12x20xf32>, memref<8x16x3x3xf32>) outs(%y : memref<?x8x4x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %0 = arith.mulf %in, %in_0 : f32
    %1 = arith.addf %out, %0 : f32
    linalg.yield %1 : f32
  }
  return
}

// -----

// Stride 2: the input row is oh * 2 + kh; along ow, per k step one in-bounds
// read of 31 input elements from ow * 2 + kw, of which the shuffle keeps
// every second one; the masked panel reads the same span with out-of-bounds
// lanes.
// CHECK-DAG: #[[STRIDED:.*]] = affine_map<(d0, d1) -> (d0 * 2 + d1)>
// CHECK-LABEL: func.func @conv_stride2
// CHECK-SAME: (%[[X:.*]]: memref<1x16x41x41xf32>
// CHECK-NOT: linalg.conv
// CHECK: scf.for %[[COL:[a-z0-9_]+]] = %{{.*}} to %{{.*}} step %c16
// CHECK: scf.for {{.*}} -> (vector<16xf32>
// CHECK: scf.for {{.*}} -> (vector<16xf32>
// CHECK: scf.for %[[KW:[a-z0-9_]+]] = {{.*}} -> (vector<16xf32>
// CHECK: affine.apply #[[STRIDED]]
// CHECK: %[[IW:.*]] = affine.apply #[[STRIDED]](%[[COL]], %[[KW]])
// CHECK: %[[SPAN:.*]] = vector.transfer_read %[[X]][%{{.*}}, %{{.*}}, %{{.*}}, %[[IW]]]{{.*}} {in_bounds = [true]} : memref<1x16x41x41xf32>, vector<31xf32>
// CHECK: vector.shuffle %[[SPAN]], %[[SPAN]] [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30] : vector<31xf32>, vector<31xf32>
// CHECK-COUNT-4: vector.fma
// CHECK: scf.if
// CHECK: vector.transfer_read %[[X]]{{.*}} : memref<1x16x41x41xf32>, vector<31xf32>
// CHECK-NOT: in_bounds
// CHECK: vector.shuffle
func.func @conv_stride2(%x: memref<1x16x41x41xf32>, %w: memref<8x16x3x3xf32>, %y: memref<1x8x20x20xf32>) {
  linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
    ins(%x, %w : memref<1x16x41x41xf32>, memref<8x16x3x3xf32>) outs(%y : memref<1x8x20x20xf32>)
  return
}
