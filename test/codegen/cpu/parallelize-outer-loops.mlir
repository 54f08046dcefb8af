// RUN: onnxc-opt %s --split-input-file --onnxc-cpu-parallelize-outer-loops | FileCheck %s
// RUN: onnxc-opt %s --split-input-file --onnxc-cpu-parallelize-outer-loops="min-volume=1000000000" \
// RUN:   | FileCheck %s --check-prefix=HIGH

// onnxc-cpu-parallelize-outer-loops: one outer parallel dim of each large
// linalg op becomes an scf.parallel (tiles of 1) around the op on subviews.

#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>

// An elementwise op over 64x16x32x32: the batch alone gives 64 iterations.
// CHECK-LABEL: func.func @elementwise_batch
// CHECK:       %[[C64:.*]] = arith.constant 64 : index
// CHECK:       scf.parallel (%[[N:.*]]) = (%{{.*}}) to (%[[C64]]) step (%{{.*}})
// CHECK:         %[[X:.*]] = memref.subview %{{.*}}[%[[N]], 0, 0, 0] [1, 16, 32, 32] [1, 1, 1, 1]
// CHECK:         %[[Y:.*]] = memref.subview %{{.*}}[%[[N]], 0, 0, 0] [1, 16, 32, 32] [1, 1, 1, 1]
// CHECK:         linalg.generic {{.*}} ins(%[[X]] : {{.*}}) outs(%[[Y]] : {{.*}})
// CHECK:           math.exp
// HIGH-LABEL:  func.func @elementwise_batch
// HIGH-NOT:    scf.parallel
func.func @elementwise_batch(%x: memref<64x16x32x32xf32>, %y: memref<64x16x32x32xf32>) {
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : memref<64x16x32x32xf32>) outs(%y : memref<64x16x32x32xf32>) {
  ^bb0(%a: f32, %b: f32):
    %e = math.exp %a : f32
    linalg.yield %e : f32
  }
  return
}

// -----

// A batch-1 convolution: n has one iteration, so f (16) is the parallel dim;
// the convolution inside reads the whole input. f is the row dim of the
// micro-kernel onnxc-cpu-tile-contractions will build, so the loop steps by
// a row tile (4 filters) rather than 1.
// CHECK-LABEL: func.func @conv_batch_one
// HIGH-LABEL:  func.func @conv_batch_one
// CHECK:       %[[C16:.*]] = arith.constant 16 : index
// CHECK:       scf.parallel (%[[F:.*]]) = (%{{.*}}) to (%[[C16]]) step (%c4{{.*}})
// CHECK:         %[[W:.*]] = memref.subview %{{.*}}[%[[F]], 0, 0, 0] [4, 16, 3, 3] [1, 1, 1, 1]
// CHECK:         %[[Y:.*]] = memref.subview %{{.*}}[0, %[[F]], 0, 0] [1, 4, 32, 32] [1, 1, 1, 1]
// CHECK:         linalg.conv_2d_nchw_fchw {{.*}} ins(%{{.*}}, %[[W]] : memref<1x16x34x34xf32>, {{.*}}) outs(%[[Y]] : memref<1x4x32x32xf32, {{.*}}>)
func.func @conv_batch_one(%x: memref<1x16x34x34xf32>, %w: memref<16x16x3x3xf32>, %y: memref<1x16x32x32xf32>) {
  linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%x, %w : memref<1x16x34x34xf32>, memref<16x16x3x3xf32>) outs(%y : memref<1x16x32x32xf32>)
  return
}

// -----

// A Linear layer over [batch, seq, d]: the micro-kernel's rows are batch x
// seq, so splitting the (dynamic) batch by 1 still leaves 128 rows per
// iteration: steps of 1.
#lin_x = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#lin_w = affine_map<(d0, d1, d2, d3) -> (d3, d2)>
#lin_y = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @linear_batch
// CHECK:       scf.parallel (%[[B:.*]]) = (%{{.*}}) to (%{{.*}}) step (%c1{{.*}})
// CHECK:         memref.subview %{{.*}}[%[[B]], 0, 0] [1, 128, 64] [1, 1, 1]
func.func @linear_batch(%x: memref<?x128x64xf32>, %w: memref<64x64xf32>, %y: memref<?x128x64xf32>) {
  linalg.generic {indexing_maps = [#lin_x, #lin_w, #lin_y], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%x, %w : memref<?x128x64xf32>, memref<64x64xf32>) outs(%y : memref<?x128x64xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %0 = arith.mulf %a, %b : f32
    %1 = arith.addf %c, %0 : f32
    linalg.yield %1 : f32
  }
  return
}

// -----

// The same convolution in f64, which no micro-kernel takes: f is split by 1.
// CHECK-LABEL: func.func @conv_batch_one_f64
// CHECK:       scf.parallel (%[[F:.*]]) = (%{{.*}}) to (%{{.*}}) step (%c1{{.*}})
// CHECK:         memref.subview %{{.*}}[%[[F]], 0, 0, 0] [1, 16, 3, 3] [1, 1, 1, 1]
func.func @conv_batch_one_f64(%x: memref<1x16x34x34xf64>, %w: memref<16x16x3x3xf64>, %y: memref<1x16x32x32xf64>) {
  linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%x, %w : memref<1x16x34x34xf64>, memref<16x16x3x3xf64>) outs(%y : memref<1x16x32x32xf64>)
  return
}

// -----

// No outer dim reaches 16 iterations: the longest one (8) is parallel, and
// the innermost (4096) is never.
#id3a = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @longest_outer_dim
// CHECK:       %[[C8:.*]] = arith.constant 8 : index
// CHECK:       scf.parallel (%[[J:.*]]) = (%{{.*}}) to (%[[C8]]) step (%{{.*}})
// CHECK:         memref.subview %{{.*}}[0, %[[J]], 0] [4, 1, 4096] [1, 1, 1]
func.func @longest_outer_dim(%x: memref<4x8x4096xf32>, %y: memref<4x8x4096xf32>) {
  linalg.generic {indexing_maps = [#id3a, #id3a], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x : memref<4x8x4096xf32>) outs(%y : memref<4x8x4096xf32>) {
  ^bb0(%a: f32, %b: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  }
  return
}

// -----

// A dynamic batch is the parallel dim (16x256x256 estimated points).
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @dynamic_batch
// CHECK:       %[[B:.*]] = memref.dim %{{.*}}, %{{.*}} : memref<?x256x256xf32>
// CHECK:       scf.parallel (%[[N:.*]]) = (%{{.*}}) to (%[[B]]) step (%{{.*}})
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : memref<1x256x256xf32, {{.*}}>)
func.func @dynamic_batch(%x: memref<?x256x256xf32>, %y: memref<?x256x256xf32>) {
  linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x : memref<?x256x256xf32>) outs(%y : memref<?x256x256xf32>) {
  ^bb0(%a: f32, %b: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  }
  return
}

// -----

// A dynamic dim counts as 16 in the volume: 16x32x64 points stay serial.
#id3s = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @dynamic_small
// CHECK-NOT:   scf.parallel
// CHECK:       linalg.generic
func.func @dynamic_small(%x: memref<?x32x64xf32>, %y: memref<?x32x64xf32>) {
  linalg.generic {indexing_maps = [#id3s, #id3s], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x : memref<?x32x64xf32>) outs(%y : memref<?x32x64xf32>) {
  ^bb0(%a: f32, %b: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  }
  return
}

// -----

// Below the volume threshold (8x16x32 = 4096 points) the op stays serial.
// CHECK-LABEL: func.func @small_op
// CHECK-NOT:   scf.parallel
// CHECK:       linalg.matmul
func.func @small_op(%a: memref<8x32xf32>, %b: memref<32x16xf32>, %c: memref<8x16xf32>) {
  linalg.matmul ins(%a, %b : memref<8x32xf32>, memref<32x16xf32>) outs(%c : memref<8x16xf32>)
  return
}

// -----

// A large matmul: only m, its one leading parallel dim, since k is a reduction;
// in steps of a micro-kernel row tile (4 rows).
// CHECK-LABEL: func.func @matmul
// CHECK:       scf.parallel (%[[M:.*]]) = {{.*}} step (%c4{{.*}})
// CHECK-NOT:   scf.parallel
// CHECK:         linalg.matmul ins(%{{.*}}, %{{.*}} : memref<4x256xf32, {{.*}}>, memref<256x64xf32>) outs(%{{.*}} : memref<4x64xf32, {{.*}}>)
func.func @matmul(%a: memref<128x256xf32>, %b: memref<256x64xf32>, %c: memref<128x64xf32>) {
  linalg.matmul ins(%a, %b : memref<128x256xf32>, memref<256x64xf32>) outs(%c : memref<128x64xf32>)
  return
}

// -----

// A reduction outermost leaves nothing to run in parallel.
#in = affine_map<(d0, d1) -> (d0, d1)>
#out = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @reduction_outermost
// CHECK-NOT:   scf.parallel
// CHECK:       linalg.generic
func.func @reduction_outermost(%x: memref<1024x1024xf32>, %y: memref<1024xf32>) {
  linalg.generic {indexing_maps = [#in, #out], iterator_types = ["reduction", "parallel"]}
      ins(%x : memref<1024x1024xf32>) outs(%y : memref<1024xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// The innermost loop is never split off: a 1-D op stays serial.
#id1 = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @one_dim
// CHECK-NOT:   scf.parallel
func.func @one_dim(%x: memref<1048576xf32>, %y: memref<1048576xf32>) {
  linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%x : memref<1048576xf32>) outs(%y : memref<1048576xf32>) {
  ^bb0(%a: f32, %b: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  }
  return
}

// -----

// An op already inside a parallel loop is left to that loop's threads.
#id2 = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @already_parallel
// CHECK:       scf.parallel
// CHECK-NOT:   scf.parallel
// CHECK:       linalg.generic
func.func @already_parallel(%x: memref<4x512x512xf32>, %y: memref<4x512x512xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.parallel (%i) = (%c0) to (%c4) step (%c1) {
    %xs = memref.subview %x[%i, 0, 0] [1, 512, 512] [1, 1, 1] : memref<4x512x512xf32> to memref<512x512xf32, strided<[512, 1], offset: ?>>
    %ys = memref.subview %y[%i, 0, 0] [1, 512, 512] [1, 1, 1] : memref<4x512x512xf32> to memref<512x512xf32, strided<[512, 1], offset: ?>>
    linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
        ins(%xs : memref<512x512xf32, strided<[512, 1], offset: ?>>) outs(%ys : memref<512x512xf32, strided<[512, 1], offset: ?>>) {
    ^bb0(%a: f32, %b: f32):
      %n = arith.negf %a : f32
      linalg.yield %n : f32
    }
    scf.reduce
  }
  return
}
