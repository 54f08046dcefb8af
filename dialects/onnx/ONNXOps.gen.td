//===- ONNXOps.gen.td - ONNX operators, generated -*- tablegen -*-===//
//
// GENERATED FILE - DO NOT EDIT. Regenerate with (from the repo root):
//   .venv/bin/python utils/gen_onnx_dialect.py
// Source: onnx 1.23.2 operator schemas, ai.onnx opset 28: the newest
// schema of each of the 201 non-deprecated ai.onnx operators.
// Conventions: docs/dialect.md.
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_ONNXOPS_GEN_TD
#define ONNXC_DIALECTS_ONNX_ONNXOPS_GEN_TD

include "dialects/onnx/ONNXBase.td"

//===----------------------------------------------------------------------===//
// onnx.Abs
//===----------------------------------------------------------------------===//

def ONNX_AbsOp : ONNX_Op<"Abs", [Pure]> {
  let summary = "Absolute takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where absolute value, y = abs(x), is applied to the tensor elementwise.";
  let description = [{
Absolute takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where absolute value, y = abs(x), is applied to
the tensor elementwise.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Acos
//===----------------------------------------------------------------------===//

def ONNX_AcosOp : ONNX_Op<"Acos", [Pure]> {
  let summary = "Calculates the arccosine (inverse of cosine) of the given input tensor, element-wise.";
  let description = [{
Calculates the arccosine (inverse of cosine) of the given input tensor, element-wise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Acosh
//===----------------------------------------------------------------------===//

def ONNX_AcoshOp : ONNX_Op<"Acosh", [Pure]> {
  let summary = "Calculates the hyperbolic arccosine of the given input tensor element-wise.";
  let description = [{
Calculates the hyperbolic arccosine of the given input tensor element-wise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Add
//===----------------------------------------------------------------------===//

def ONNX_AddOp : ONNX_Op<"Add", [Pure]> {
  let summary = "Performs element-wise binary addition (with Numpy-style broadcasting support).";
  let description = [{
Performs element-wise binary addition (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

(Opset 14 change): Extend supported types to include uint8, int8, uint16, and int16.

Follows ai.onnx opset 28 (operator version 14).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$A,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$B
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.AffineGrid
//===----------------------------------------------------------------------===//

def ONNX_AffineGridOp : ONNX_Op<"AffineGrid", [Pure]> {
  let summary = "Generates a 2D or 3D flow field (sampling grid), given a batch of affine matrices theta...";
  let description = [{
Generates a 2D or 3D flow field (sampling grid), given a batch of affine matrices theta
(https://pytorch.org/docs/stable/generated/torch.nn.functional.affine_grid.html).
An affine matrix `theta` is applied to a position tensor represented in its homogeneous expression. Here is an example in 3D:
```
[r00, r01, r02, t0]   [x]   [x']
[r10, r11, r12, t1] * [y] = [y']
[r20, r21, r22, t2]   [z]   [z']
[0,   0,   0,   1 ]   [1]   [1 ]
```
where `(x, y, z)` is the position in the original space, `(x', y', z')` is the position in the output space.
The last row is always `[0, 0, 0, 1]` and is not stored in the affine matrix. Therefore we have `theta` of shape `(N, 2, 3)` for 2D or `(N, 3, 4)` for 3D.

Input `size` is used to define grid of positions evenly spaced in the original 2D or 3D space, with dimensions ranging from `-1` to `1`.
The output `grid` contains positions in the output space.

When `align_corners=1`, consider `-1` and `1` to refer to the centers of the corner pixels (mark `v` in illustration).
```
v            v            v            v
|-------------------|------------------|
-1                  0                  1
```
When `align_corners=0`, consider `-1` and `1` to refer to the outer edge of the corner pixels.
```
    v        v         v         v
|------------------|-------------------|
-1                 0                   1
```

Follows ai.onnx opset 28 (operator version 20).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$theta,
    TensorOf<[I64]>:$size,
    DefaultValuedAttr<I64Attr, "0">:$align_corners
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$grid
  );
}

//===----------------------------------------------------------------------===//
// onnx.And
//===----------------------------------------------------------------------===//

def ONNX_AndOp : ONNX_Op<"And", [Pure]> {
  let summary = "Returns the tensor resulted from performing the and logical operation elementwise on the input tensors A and B (with Numpy-style broadcasting support).";
  let description = [{
Returns the tensor resulted from performing the `and` logical operation
elementwise on the input tensors `A` and `B` (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 7).
  }];
  let arguments = (ins
    TensorOf<[I1]>:$A,
    TensorOf<[I1]>:$B
  );
  let results = (outs
    TensorOf<[I1]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.ArgMax
//===----------------------------------------------------------------------===//

def ONNX_ArgMaxOp : ONNX_Op<"ArgMax", [Pure]> {
  let summary = "Computes the indices of the max elements of the input tensor's element along the provided axis.";
  let description = [{
Computes the indices of the max elements of the input tensor's element along the
provided axis. The resulting tensor has the same rank as the input if keepdims equals 1.
If keepdims equals 0, then the resulting tensor has the reduced dimension pruned.
If select_last_index is True (default False), the index of the last occurrence of the max
is selected if the max appears more than once in the input. Otherwise the index of the
first occurrence is selected.
The type of the output tensor is integer.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$data,
    DefaultValuedAttr<I64Attr, "0">:$axis,
    DefaultValuedAttr<I64Attr, "1">:$keepdims,
    DefaultValuedAttr<I64Attr, "0">:$select_last_index
  );
  let results = (outs
    TensorOf<[I64]>:$reduced
  );
}

//===----------------------------------------------------------------------===//
// onnx.ArgMin
//===----------------------------------------------------------------------===//

def ONNX_ArgMinOp : ONNX_Op<"ArgMin", [Pure]> {
  let summary = "Computes the indices of the min elements of the input tensor's element along the provided axis.";
  let description = [{
Computes the indices of the min elements of the input tensor's element along the
provided axis. The resulting tensor has the same rank as the input if keepdims equals 1.
If keepdims equals 0, then the resulting tensor has the reduced dimension pruned.
If select_last_index is True (default False), the index of the last occurrence of the min
is selected if the min appears more than once in the input. Otherwise the index of the
first occurrence is selected.
The type of the output tensor is integer.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$data,
    DefaultValuedAttr<I64Attr, "0">:$axis,
    DefaultValuedAttr<I64Attr, "1">:$keepdims,
    DefaultValuedAttr<I64Attr, "0">:$select_last_index
  );
  let results = (outs
    TensorOf<[I64]>:$reduced
  );
}

//===----------------------------------------------------------------------===//
// onnx.Asin
//===----------------------------------------------------------------------===//

def ONNX_AsinOp : ONNX_Op<"Asin", [Pure]> {
  let summary = "Calculates the arcsine (inverse of sine) of the given input tensor, element-wise.";
  let description = [{
Calculates the arcsine (inverse of sine) of the given input tensor, element-wise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Asinh
//===----------------------------------------------------------------------===//

def ONNX_AsinhOp : ONNX_Op<"Asinh", [Pure]> {
  let summary = "Calculates the hyperbolic arcsine of the given input tensor element-wise.";
  let description = [{
Calculates the hyperbolic arcsine of the given input tensor element-wise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Atan
//===----------------------------------------------------------------------===//

def ONNX_AtanOp : ONNX_Op<"Atan", [Pure]> {
  let summary = "Calculates the arctangent (inverse of tangent) of the given input tensor, element-wise.";
  let description = [{
Calculates the arctangent (inverse of tangent) of the given input tensor, element-wise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Atanh
//===----------------------------------------------------------------------===//

def ONNX_AtanhOp : ONNX_Op<"Atanh", [Pure]> {
  let summary = "Calculates the hyperbolic arctangent of the given input tensor element-wise.";
  let description = [{
Calculates the hyperbolic arctangent of the given input tensor element-wise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Attention
//===----------------------------------------------------------------------===//

def ONNX_AttentionOp : ONNX_Op<"Attention", [Pure]> {
  let summary = "Computes scaled dot product attention on query, key and value tensors, using an optional attention mask if passed.";
  let description = [{
Computes scaled dot product attention on query, key and value tensors, using an optional attention mask if passed.

This operator covers self and cross variants of the attention operation based on sequence lengths of K, Q and V.

For self attention, `kv_sequence_length` equals to `q_sequence_length`.

For cross attention, query and key might have different lengths.

This operator also covers the 3 following variants based on the number of heads:
1) Multi-headed Attention (MHA): Described in the paper https://arxiv.org/pdf/1706.03762, `q_num_heads = kv_num_heads`.
2) Group-query Attention (GQA): Described in the paper https://arxiv.org/pdf/2305.13245, `q_num_heads > kv_num_heads`, `q_num_heads % kv_num_heads == 0`.
3) Multi-query Attention (MQA): Described in the paper https://arxiv.org/pdf/1911.02150, `q_num_heads > kv_num_heads`, `kv_num_heads=1`.

Attention bias to be added is calculated based on `attn_mask` input and `is_causal` attribute:
1) `attn_mask`: A boolean mask where a value of `True` indicates that the element should take part in attention or a float mask of the same type as query, key, value that is added to the attention score.
2) If `is_causal` is set to `1`, causal masking is applied with bottom-right (offset-aware) alignment: query `i` attends key `j` iff `j <= i + offset`, as illustrated below.

```
  2D causal mask for Attention (PR onnx/onnx#8068)
   S_q=4 queries, S_k=8 keys
   Rule: query i attends key j iff j <= i + offset
         offset = nonpad_kv_seqlen - S_q

   nonpad_kv_seqlen=4, offset=4-4=0

          k0  k1  k2  k3  k4  k5  k6  k7
         +----+----+----+----+----+----+----+----+
    q0   | ## |    |    |    |    |    |    |    |
         +----+----+----+----+----+----+----+----+
    q1   | ## | ## |    |    |    |    |    |    |
         +----+----+----+----+----+----+----+----+
    q2   | ## | ## | ## |    |    |    |    |    |
         +----+----+----+----+----+----+----+----+
    q3   | ## | ## | ## | ## |    |    |    |    |
         +----+----+----+----+----+----+----+----+


   nonpad_kv_seqlen=8, offset=8-4=4

          k0  k1  k2  k3  k4  k5  k6  k7
         +----+----+----+----+----+----+----+----+
    q0   | ## | ## | ## | ## | ## |    |    |    |
         +----+----+----+----+----+----+----+----+
    q1   | ## | ## | ## | ## | ## | ## |    |    |
         +----+----+----+----+----+----+----+----+
    q2   | ## | ## | ## | ## | ## | ## | ## |    |
         +----+----+----+----+----+----+----+----+
    q3   | ## | ## | ## | ## | ## | ## | ## | ## |
         +----+----+----+----+----+----+----+----+
```

With `nonpad_kv_seqlen=4` (offset=0), the mask is the standard lower-triangular. With `nonpad_kv_seqlen=8` (offset=4), the diagonal shifts right by 4, so each query sees the 4 additional valid cached keys.

`offset` is the count of valid keys preceding the current query block: `offset = past_sequence_length` when `past_key` is provided; `offset = nonpad_kv_seqlen - q_sequence_length` (per batch) when an external cache is indicated by `nonpad_kv_seqlen` without `past_key`; `offset = 0` when neither is provided (the no-cache case, which reduces to the standard lower-triangular mask). When `offset < 0` (`nonpad_kv_seqlen < q_sequence_length`, i.e. more query tokens than cached keys) the leading query rows have an empty key set (no key satisfies `j <= i + offset`) and are fully masked. The causal frontier is computed independently of `attn_mask` and is then composed with it additively: a boolean `attn_mask` intersects the allowed set (its disallowed positions contribute `-inf` to the bias), while a float `attn_mask` is added to the attention scores rather than disabling positions. A fully-masked query row (no key attended, including the negative-offset leading rows) produces a zero output row, not `NaN`, for both `Y` and the mode-`3` `qk_matmul_output` debug output; the mode-`3` `qk_matmul_output` is emitted at the operator's output precision (`T1`).

`left_window_size` and `right_window_size` independently restrict the keys visible to each query. A query at absolute position `p = offset + query_index` attends keys `j` satisfying `p - left_window_size <= j <= p + right_window_size` for each nonnegative bound. A value of `-1` leaves that side unbounded. For example, `(left_window_size=2, right_window_size=0)` is a causal left-looking window containing the current key and two preceding keys, while `(left_window_size=2, right_window_size=1)` is an asymmetric bidirectional window. Window bounds are composed with `is_causal` and `attn_mask`; when `is_causal=1`, the causal upper bound still excludes future keys.

```
  2D sliding-window mask for Attention (opset 25)
   S_q=4 queries, S_k=6 keys, left_window_size=2, right_window_size=1, offset=0

          k0  k1  k2  k3  k4  k5
         +----+----+----+----+----+----+
    q0   | ## | ## |    |    |    |    |
         +----+----+----+----+----+----+
    q1   | ## | ## | ## |    |    |    |
         +----+----+----+----+----+----+
    q2   | ## | ## | ## | ## |    |    |
         +----+----+----+----+----+----+
    q3   |    | ## | ## | ## | ## |    |
         +----+----+----+----+----+----+

   q0 attends {k0,k1}, q1 attends {k0,k1,k2}, q2 attends {k0,k1,k2,k3},
   q3 attends {k1,k2,k3,k4}.
```

With respect to KV cache update, this operator allows the following two use cases:

1) Cache update happens inside the Attention operator. In this case, the `K` and `V` inputs contain only the incoming
tokens for the current autoregressive step, and the four optional inputs/outputs past and present key and value are
all needed. The Attention op performs a Concat operation on the past and incoming key and value to form the present
key and value, respectively. Note that this only works correctly for the special case where the past key and value
do not contain padded tokens.
2) Cache update happens outside the Attention operator (for example, through the `TensorScatter` operator). In this
case, the `K` and `V` inputs correspond to the entire cache tensor, so the four optional inputs/outputs past and
present key and value should not be used. An additional input `nonpad_kv_seqlen` of shape (batch_size,) may be
provided to indicate the number of non-padding tokens in each sample of the batch to save unnecessary computation.
Here, the kv_sequence dimension of `attn_mask` can be shorter than `K` and `V`, but still needs to be at least as long
as the maximum value of `nonpad_kv_seqlen`.

Both past and present state key/values are optional. They shall be used together, and not allowed to use only one of them.
The following pattern is applied to the Q, K and V inputs after appropriate reshaping of K and V inputs based on sequence lengths and num heads provided:

```
  The following pattern is applied by this operator:
      Q          K          V
      |          |          |
Q*sqrt(scale) K*sqrt(scale) |
      |          |          |
      |       Transpose     |
      |          |          |
      ---MatMul---          |
            |               |
  softcap (if provided)     |
            |               |
 at_mask---Add              |
            |               |
         Softmax            |
            |               |
            -----MatMul------
                   |
                   Y
```

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$Q,
    TensorOf<[F32, F64, F16, BF16]>:$K,
    TensorOf<[F32, F64, F16, BF16]>:$V,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64,
        I1]>, NoneType]>:$attn_mask,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$past_key,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$past_value,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$nonpad_kv_seqlen,
    DefaultValuedAttr<I64Attr, "0">:$is_causal,
    OptionalAttr<I64Attr>:$kv_num_heads,
    DefaultValuedAttr<I64Attr, "-1">:$left_window_size,
    OptionalAttr<I64Attr>:$q_num_heads,
    DefaultValuedAttr<I64Attr, "0">:$qk_matmul_output_mode,
    DefaultValuedAttr<I64Attr, "-1">:$right_window_size,
    OptionalAttr<F32Attr>:$scale,
    DefaultValuedAttr<F32Attr, "0.0">:$softcap,
    OptionalAttr<I64Attr>:$softmax_precision
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$present_key,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$present_value,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$qk_matmul_output
  );
}

//===----------------------------------------------------------------------===//
// onnx.AveragePool
//===----------------------------------------------------------------------===//

def ONNX_AveragePoolOp : ONNX_Op<"AveragePool", [Pure]> {
  let summary = "AveragePool consumes an input tensor X and applies average pooling across the tensor according to kernel sizes, stride sizes, and pad lengths. average...";
  let description = [{
 AveragePool consumes an input tensor X and applies average pooling across
 the tensor according to kernel sizes, stride sizes, and pad lengths.
 average pooling consisting of computing the average on all values of a
 subset of the input tensor according to the kernel size and downsampling the
 data into the output tensor Y for further processing. The output spatial shape is calculated differently
 depending on whether explicit padding is used, where pads is employed, or auto padding is used, where auto_pad is utilized.
 With explicit padding (https://pytorch.org/docs/stable/generated/torch.nn.MaxPool2d.html?highlight=maxpool#torch.nn.MaxPool2d):
 ```
 output_spatial_shape[i] = floor((input_spatial_shape[i] + pad_shape[i] - dilation[i] * (kernel_shape[i] - 1) - 1) / strides_spatial_shape[i] + 1)
 ```
 or
 ```
 output_spatial_shape[i] = ceil((input_spatial_shape[i] + pad_shape[i] - dilation[i] * (kernel_shape[i] - 1) - 1) / strides_spatial_shape[i] + 1)
 ```
 if ceil_mode is enabled. `pad_shape[i]` is the sum of pads along axis `i`. Sliding windows that would start in the right padded region are ignored.

 `auto_pad` is a DEPRECATED attribute. If you are using them currently, the output spatial shape will be following when ceil_mode is enabled:
 ```
 VALID: output_spatial_shape[i] = ceil((input_spatial_shape[i] - ((kernel_spatial_shape[i] - 1) * dilations[i] + 1) + 1) / strides_spatial_shape[i])
 SAME_UPPER or SAME_LOWER: output_spatial_shape[i] = ceil(input_spatial_shape[i] / strides_spatial_shape[i])
 ```
 or when ceil_mode is disabled (https://www.tensorflow.org/api_docs/python/tf/keras/layers/AveragePooling2D):
 ```
 VALID: output_spatial_shape[i] = floor((input_spatial_shape[i] - ((kernel_spatial_shape[i] - 1) * dilations[i] + 1)) / strides_spatial_shape[i]) + 1
 SAME_UPPER or SAME_LOWER: output_spatial_shape[i] = floor((input_spatial_shape[i] - 1) / strides_spatial_shape[i]) + 1
 ```
 And pad shape will be following if `SAME_UPPER` or `SAME_LOWER`:
 ```
 pad_shape[i] = (output_spatial_shape[i] - 1) * strides_spatial_shape[i] + ((kernel_spatial_shape[i] - 1) * dilations[i] + 1) - input_spatial_shape[i]
 ```
 The output of each pooling window is divided by the number of elements (exclude pad when attribute count_include_pad is zero).

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
    DefaultValuedAttr<I64Attr, "0">:$ceil_mode,
    DefaultValuedAttr<I64Attr, "0">:$count_include_pad,
    OptionalAttr<DenseI64ArrayAttr>:$dilations,
    DenseI64ArrayAttr:$kernel_shape,
    OptionalAttr<DenseI64ArrayAttr>:$pads,
    OptionalAttr<DenseI64ArrayAttr>:$strides
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.BatchNormalization
//===----------------------------------------------------------------------===//

def ONNX_BatchNormalizationOp : ONNX_Op<"BatchNormalization", [Pure]> {
  let summary = "Carries out batch normalization as described in the paper https://arxiv.org/abs/1502.03167.";
  let description = [{
Carries out batch normalization as described in the paper
https://arxiv.org/abs/1502.03167. Depending on the mode it is being run,
There are five required inputs 'X', 'scale', 'B', 'input_mean' and
'input_var'.
Note that 'input_mean' and 'input_var' are expected to be the estimated
statistics in inference mode (training_mode=False, default),
and the running statistics in training mode (training_mode=True).
There are multiple cases for the number of outputs, which we list below:

* Output case #1: Y, running_mean, running_var (training_mode=True)
* Output case #2: Y (training_mode=False)

When training_mode=False, extra outputs are invalid.
The outputs are updated as follows when training_mode=True:
```
running_mean = input_mean * momentum + current_mean * (1 - momentum)
running_var = input_var * momentum + current_var * (1 - momentum)

Y = (X - current_mean) / sqrt(current_var + epsilon) * scale + B
```
where:
```
current_mean = ReduceMean(X, axis=all_except_channel_index)
current_var =  ReduceVar(X, axis=all_except_channel_index)
```
Notice that `ReduceVar` refers to the population variance, and it equals to
`sum(sqrd(x_i - x_avg)) / N`
where `N` is the population size (this formula does not use sample size `N - 1`).

The computation of ReduceMean and ReduceVar uses float to avoid overflow for float16 inputs.

When training_mode=False:
```
Y = (X - input_mean) / sqrt(input_var + epsilon) * scale + B
```

For previous (depreciated) non-spatial cases, implementors are suggested
to flatten the input shape to (N x C * D1 * D2 * ... * Dn) before a BatchNormalization Op.
This operator has **optional** inputs/outputs. See [the doc](IR.md) for more details about the representation of optional arguments. An empty string may be used in the place of an actual argument's name to indicate a missing argument. Trailing optional arguments (those not followed by an argument that is present) may also be simply omitted.

Follows ai.onnx opset 28 (operator version 15).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$scale,
    TensorOf<[F32, F64, F16, BF16]>:$B,
    TensorOf<[F32, F64, F16, BF16]>:$input_mean,
    TensorOf<[F32, F64, F16, BF16]>:$input_var,
    DefaultValuedAttr<F32Attr, "1.0e-05">:$epsilon,
    DefaultValuedAttr<F32Attr, "0.9">:$momentum,
    DefaultValuedAttr<I64Attr, "0">:$training_mode
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$running_mean,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$running_var
  );
}

//===----------------------------------------------------------------------===//
// onnx.Bernoulli
//===----------------------------------------------------------------------===//

def ONNX_BernoulliOp : ONNX_Op<"Bernoulli", []> {
  let summary = "Draws binary random numbers (0 or 1) from a Bernoulli distribution.";
  let description = [{
Draws binary random numbers (0 or 1) from a Bernoulli distribution. The input tensor should be a tensor
containing probabilities p (a value in the range [0,1]) to be used for drawing the binary random number,
where an output of 1 is produced with probability p and an output of 0 is produced with probability (1-p).

This operator is non-deterministic and may not produce the same values in different
implementations (even if a seed is specified).

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input,
    OptionalAttr<I64Attr>:$dtype,
    OptionalAttr<F32Attr>:$seed
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.BitCast
//===----------------------------------------------------------------------===//

def ONNX_BitCastOp : ONNX_Op<"BitCast", [Pure]> {
  let summary = "Reinterprets the binary representation of a tensor as a different data type, specified by the 'to' attribute.";
  let description = [{
Reinterprets the binary representation of a tensor as a different data type,
specified by the 'to' attribute. Unlike Cast, BitCast preserves the exact bit
pattern without any value conversion.

The target data type must have the same bit-width as the input data type.
The output tensor has the same shape as the input tensor.
All types except string are supported. Implementations must treat the
underlying bytes as little endian.

Follows ai.onnx opset 28 (operator version 26).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F8E8M0FNU,
        F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$input,
    I64Attr:$to
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F8E8M0FNU,
        F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.BitShift
//===----------------------------------------------------------------------===//

def ONNX_BitShiftOp : ONNX_Op<"BitShift", [Pure]> {
  let summary = "Bitwise shift operator performs element-wise operation.";
  let description = [{
Bitwise shift operator performs element-wise operation. For each input element, if the
attribute "direction" is "RIGHT", this operator moves its binary representation toward
the right side. If the attribute "direction" is "LEFT", bits of binary representation
move toward the left side. The input X is the tensor to be shifted and another
input Y specifies the amounts of shifting. For example, if "direction" is
"RIGHT", X is [1, 4], and Y is [1, 1], the corresponding output Z would be
[0, 2]. If "direction" is "LEFT" with X=[1, 2] and Y=[1, 2], the corresponding
output Z would be [2, 8].

For a signed T the right shift is an arithmetic shift (sign-extending). The
vacated high bits are filled with copies of the sign bit, so a negative X stays
negative. For a signed T a left shift can move bits into and past the sign bit,
and bits shifted past the sign bit are discarded.

If Y is negative, or is greater than or equal to the number of bits of T, then
the result is whatever the sign bit extension alone produces: -1 for a right
shift on a negative X, where the fill is a sign bit of 1, and 0 in every other
case.
This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$X,
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$Y,
    StrAttr:$direction
  );
  let results = (outs
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$Z
  );
}

//===----------------------------------------------------------------------===//
// onnx.BitwiseAnd
//===----------------------------------------------------------------------===//

def ONNX_BitwiseAndOp : ONNX_Op<"BitwiseAnd", [Pure]> {
  let summary = "Returns the tensor resulting from performing the bitwise and operation elementwise on the input tensors A and B (with Numpy-style broadcasting support).";
  let description = [{
Returns the tensor resulting from performing the bitwise `and` operation
elementwise on the input tensors `A` and `B` (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$A,
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$B
  );
  let results = (outs
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.BitwiseNot
//===----------------------------------------------------------------------===//

def ONNX_BitwiseNotOp : ONNX_Op<"BitwiseNot", [Pure]> {
  let summary = "Returns the bitwise not of the input tensor element-wise.";
  let description = [{
Returns the bitwise not of the input tensor element-wise.

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$X
  );
  let results = (outs
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.BitwiseOr
//===----------------------------------------------------------------------===//

def ONNX_BitwiseOrOp : ONNX_Op<"BitwiseOr", [Pure]> {
  let summary = "Returns the tensor resulting from performing the bitwise or operation elementwise on the input tensors A and B (with Numpy-style broadcasting support).";
  let description = [{
Returns the tensor resulting from performing the bitwise `or` operation
elementwise on the input tensors `A` and `B` (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$A,
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$B
  );
  let results = (outs
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.BitwiseXor
//===----------------------------------------------------------------------===//

def ONNX_BitwiseXorOp : ONNX_Op<"BitwiseXor", [Pure]> {
  let summary = "Returns the tensor resulting from performing the bitwise xor operation elementwise on the input tensors A and B (with Numpy-style broadcasting support).";
  let description = [{
Returns the tensor resulting from performing the bitwise `xor` operation
elementwise on the input tensors `A` and `B` (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$A,
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$B
  );
  let results = (outs
    TensorOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.BlackmanWindow
//===----------------------------------------------------------------------===//

def ONNX_BlackmanWindowOp : ONNX_Op<"BlackmanWindow", [Pure]> {
  let summary = "Generates a Blackman window as described in the paper https://ieeexplore.ieee.org/document/1455106.";
  let description = [{
Generates a Blackman window as described in the paper https://ieeexplore.ieee.org/document/1455106.

Follows ai.onnx opset 28 (operator version 17).
  }];
  let arguments = (ins
    TensorOf<[I32, I64]>:$size,
    DefaultValuedAttr<I64Attr, "1">:$output_datatype,
    DefaultValuedAttr<I64Attr, "1">:$periodic
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Cast
//===----------------------------------------------------------------------===//

def ONNX_CastOp : ONNX_Op<"Cast", [Pure]> {
  let summary = "The operator casts the elements of a given input tensor to a data type specified by the 'to' argument and returns an output tensor of the same size in the...";
  let description = [{
The operator casts the elements of a given input tensor to a data type
specified by the 'to' argument and returns an output tensor of the same size in
the converted type. The 'to' argument must be one of the data types specified
in the 'DataType' enum field in the TensorProto message.

Casting from string tensor in plain (e.g., "3.14" and "1000") and scientific numeric representations
(e.g., "1e-5" and "1E8") to float types is supported. For example, converting string "100.5" to an integer may
yield result 100. There are some string literals reserved for special floating-point values;
"+INF" (and "INF"), "-INF", and "NaN" are positive infinity, negative infinity, and not-a-number, respectively.
Any string which can exactly match "+INF" in a case-insensitive way would be mapped to positive infinite. Similarly,
this case-insensitive rule is applied to "INF" and "NaN". When casting from numeric tensors
to string tensors, plain floating-point representation (such as "314.15926") would be used.
Converting non-numerical-literal string such as "Hello World!" is an undefined behavior. Cases
of converting string representing floating-point arithmetic value, such as "2.718", to INT is an undefined behavior.

Conversion from a numerical type to any numerical type is always allowed.
User must be aware of precision loss and value change caused by range difference between two types.
For example, a 64-bit float 3.1415926459 may be round to a 32-bit float 3.141592. Similarly, converting
an integer 36 to Boolean may produce 1 because we truncate bits which can't be stored in the targeted type.

In more detail, the conversion among numerical types should follow these rules
if the destination type is not a float 8 type.

* Casting from floating point to:
  * floating point: +/- infinity if OOR (out of range).
  * fixed point: undefined if OOR.
  * bool: +/- 0.0 to False; all else to True.
* Casting from fixed point to:
  * floating point: +/- infinity if OOR. (+ infinity in the case of uint)
  * fixed point: when OOR, discard higher bits and reinterpret (with respect to two's complement representation for
    signed types). For example, 200 (int16) -> -56 (int8).
  * bool: zero to False; nonzero to True.
* Casting from bool to:
  * floating point: `{1.0, 0.0}`.
  * fixed point: `{1, 0}`.
  * bool: no change.

Float 8 types (E4M3FN, E4M3FNUZ, E5M2, E5M2FNUZ) were introduced to speed up the training of
deep models. By default the conversion of a float *x* obeys
to the following rules. `[x]` means the value rounded to
the target mantissa width.

| x                 | E4M3FN   | E4M3FNUZ | E5M2     | E5M2FNUZ |
| ----------------- | -------- | -------- | -------- | -------- |
| 0                 | 0        | 0        | 0        | 0        |
| -0                | -0       | 0        | -0       | 0        |
| NaN               | NaN      | NaN      | NaN      | NaN      |
| Inf               | FLT_MAX  | FLT_MAX  | FLT_MAX  | FLT_MAX  |
| -Inf              | -FLT_MAX | -FLT_MAX | -FLT_MAX | -FLT_MAX |
| \[x\] > FLT_MAX   | FLT_MAX  | FLT_MAX  | FLT_MAX  | FLT_MAX  |
| \[x\] \< -FLT_MAX | -FLT_MAX | -FLT_MAX | -FLT_MAX | -FLT_MAX |
| else              | RNE      | RNE      | RNE      | RNE      |

The behavior changes if the parameter 'saturate' is set to False.
The rules then become:

| x                 | E4M3FN | E4M3FNUZ | E5M2 | E5M2FNUZ |
| ----------------- | ------ | -------- | ---- | -------- |
| 0                 | 0      | 0        | 0    | 0        |
| -0                | -0     | 0        | -0   | 0        |
| NaN               | NaN    | NaN      | NaN  | NaN      |
| -NaN              | -NaN   | NaN      | -NaN | NaN      |
| Inf               | NaN    | NaN      | Inf  | NaN      |
| -Inf              | -NaN   | NaN      | -Inf | NaN      |
| \[x\] > FLT_MAX   | NaN    | NaN      | Inf  | NaN      |
| \[x\] \< -FLT_MAX | NaN    | NaN      | -Inf | NaN      |
| else              | RNE    | RNE      | RNE  | RNE      |

FLOAT8E8M0 type was introduced to enable [Microscaling (MX) formats](https://www.opencompute.org/documents/ocp-microscaling-formats-mx-v1-0-spec-final-pdf).
When casting to FLOAT8E8M0, the rounding behavior can be specified using the `round_mode` and `saturate` attributes.
The current CUDA behavior is to round up and saturate. Casting negative values to FLOAT8E8M0 gives undefined behavior.
The following table describes the casting behavior of special values to FLOAT8E8M0 in the two most common cases.

| x                 | saturate + up | non-saturate + nearest |
| ----------------- | ------------- | ---------------------  |
| 0                 | 0             | NaN                    |
| -0                | Unspecified   | Unspecified            |
| NaN               | NaN           | NaN                    |
| Inf               | E8M0_MAX      | NaN                    |
| x > E8M0_MAX      | E8M0_MAX      | NaN                    |
| x < E8M0_MIN      | E8M0_MIN      | NaN                    |
| x < 0             | Unspecified   | Unspecified            |

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F8E8M0FNU, F6E2M3FN,
        F6E3M2FN, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$input,
    DefaultValuedAttr<StrAttr, "\"up\"">:$round_mode,
    DefaultValuedAttr<I64Attr, "1">:$saturate,
    I64Attr:$to
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F8E8M0FNU, F6E2M3FN,
        F6E3M2FN, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$output
  );
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// onnx.CastLike
//===----------------------------------------------------------------------===//

def ONNX_CastLikeOp : ONNX_Op<"CastLike", [Pure]> {
  let summary = "The operator casts the elements of a given input tensor (the first input) to the same data type as the elements of the second input tensor.";
  let description = [{
The operator casts the elements of a given input tensor (the first input) to
the same data type as the elements of the second input tensor.
See documentation of the Cast operator for further details.

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN,
        I<4>, UI<4>, I<2>, UI<2>]>:$input,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN,
        I<4>, UI<4>, I<2>, UI<2>]>:$target_type,
    DefaultValuedAttr<StrAttr, "\"up\"">:$round_mode,
    DefaultValuedAttr<I64Attr, "1">:$saturate
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN,
        I<4>, UI<4>, I<2>, UI<2>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.CausalConvWithState
//===----------------------------------------------------------------------===//

def ONNX_CausalConvWithStateOp : ONNX_Op<"CausalConvWithState", [Pure]> {
  let summary = "Stateful causal 1D depthwise convolution.";
  let description = [{
Stateful causal 1D depthwise convolution.

Used by Gated DeltaNet (Qwen3.5) and Mamba (Jamba, FalconMamba) as a preprocessing step.
Replaces the 3-op pattern (Concat + Conv + Slice) with a single fused operation.

The convolution is causal (looks only at current and past positions) and depthwise
(each channel is convolved independently with its own kernel).

The input, weight, past_state, output, and present_state tensors are rank-3 with
shape (batch_size, channels, length). The optional bias input is rank-1 with
shape (channels). For higher-dimensional data, use Reshape nodes before and
after this operator to pack extra dimensions into the batch or channel axis.

Weight layout: (channels, 1, k) for depthwise convolution.
The carry state stores the last (k-1) positions for incremental decode.

The optional activation attribute supports fused SiLU/Swish activation.

Follows ai.onnx opset 28 (operator version 27).
  }];
  let arguments = (ins
    TensorOf<[F32, F16, BF16]>:$input,
    TensorOf<[F32, F16, BF16]>:$weight,
    AnyTypeOf<[TensorOf<[F32, F16, BF16]>, NoneType]>:$bias,
    AnyTypeOf<[TensorOf<[F32, F16, BF16]>, NoneType]>:$past_state,
    DefaultValuedAttr<StrAttr, "\"none\"">:$activation
  );
  let results = (outs
    TensorOf<[F32, F16, BF16]>:$output,
    TensorOf<[F32, F16, BF16]>:$present_state
  );
}

//===----------------------------------------------------------------------===//
// onnx.Ceil
//===----------------------------------------------------------------------===//

def ONNX_CeilOp : ONNX_Op<"Ceil", [Pure]> {
  let summary = "Ceil takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the ceil is, y = ceil(x), is applied to the tensor elementwise.";
  let description = [{
Ceil takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where the ceil is, y = ceil(x), is applied to
the tensor elementwise. If x is integral, +0, -0, NaN,  or infinite, x itself is returned.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Celu
//===----------------------------------------------------------------------===//

def ONNX_CeluOp : ONNX_Op<"Celu", [Pure]> {
  let summary = "Continuously Differentiable Exponential Linear Units: Perform the linear unit element-wise on the input tensor X using formula.";
  let description = [{
Continuously Differentiable Exponential Linear Units:
Perform the linear unit element-wise on the input tensor X
using formula:

```
max(0,x) + min(0,alpha*(exp(x/alpha)-1))
```

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    DefaultValuedAttr<F32Attr, "1.0">:$alpha
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.CenterCropPad
//===----------------------------------------------------------------------===//

def ONNX_CenterCropPadOp : ONNX_Op<"CenterCropPad", [Pure]> {
  let summary = "Center crop or pad an input to given dimensions.";
  let description = [{
Center crop or pad an input to given dimensions.

The crop/pad dimensions can be specified for a subset of the `axes`; unspecified dimensions will remain unchanged.

If the input dimensions are larger than the target crop dimensions, a centered cropping window will be extracted
from the input. The starting value for the cropping window is rounded down, which means that if the difference
between the input shape and the crop shape is odd, the cropping window will be shifted half a pixel to the left
of the input center.

If the input dimensions are smaller than the target crop dimensions, the input will be padded equally on both sides
to center it in the output. In cases where the total number of padding pixels is odd, an additional pixel will be
added to the right side.

The padding value used is zero.

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input_data,
    TensorOf<[I32, I64]>:$shape,
    OptionalAttr<DenseI64ArrayAttr>:$axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output_data
  );
}

//===----------------------------------------------------------------------===//
// onnx.Clip
//===----------------------------------------------------------------------===//

def ONNX_ClipOp : ONNX_Op<"Clip", [Pure]> {
  let summary = "Clip operator limits the given input within an interval.";
  let description = [{
Clip operator limits the given input within an interval. The interval is
specified by the inputs 'min' and 'max'. They default to
numeric_limits::lowest() and numeric_limits::max(), respectively.
When 'min' is greater than 'max', the clip operator sets all the 'input' values to
the value of 'max'. Thus, this is equivalent to 'Min(max, Max(input, min))'.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$input,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>,
        NoneType]>:$min,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>,
        NoneType]>:$max
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Col2Im
//===----------------------------------------------------------------------===//

def ONNX_Col2ImOp : ONNX_Op<"Col2Im", [Pure]> {
  let summary = "The operator rearranges column blocks back into a multidimensional image.";
  let description = [{
The operator rearranges column blocks back into a multidimensional image

Col2Im behaves similarly to PyTorch's fold https://pytorch.org/docs/stable/generated/torch.nn.Fold.html,
but it only supports *batched* multi-dimensional image tensors.
Another implementation in Python with N-dimension support can be found at https://github.com/f-dangel/unfoldNd/.

NOTE:
  Although specifying image_shape looks redundant because it could be calculated from
  convolution formulas, it is required as input for more advanced scenarios as explained
  at PyTorch's implementation (https://github.com/pytorch/pytorch/blob/master/aten/src/ATen/native/Col2Im.cpp#L10)

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input,
    TensorOf<[I64]>:$image_shape,
    TensorOf<[I64]>:$block_shape,
    OptionalAttr<DenseI64ArrayAttr>:$dilations,
    OptionalAttr<DenseI64ArrayAttr>:$pads,
    OptionalAttr<DenseI64ArrayAttr>:$strides
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Compress
//===----------------------------------------------------------------------===//

def ONNX_CompressOp : ONNX_Op<"Compress", [Pure]> {
  let summary = "Selects slices from an input tensor along a given axis where condition evaluates to True for each axis index.";
  let description = [{
    Selects slices from an input tensor along a given axis where condition evaluates to True for each axis index.
    In case axis is not provided, input is flattened before elements are selected.
    Compress behaves like numpy.compress: https://docs.scipy.org/doc/numpy/reference/generated/numpy.compress.html

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input,
    TensorOf<[I1]>:$condition,
    OptionalAttr<I64Attr>:$axis
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Concat
//===----------------------------------------------------------------------===//

def ONNX_ConcatOp : ONNX_Op<"Concat", [Pure]> {
  let summary = "Concatenate a list of tensors into a single tensor.";
  let description = [{
Concatenate a list of tensors into a single tensor. All input tensors must have the same shape, except for the dimension size of the axis to concatenate on.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    Variadic<TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>>:$inputs,
    I64Attr:$axis
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$concat_result
  );
  let hasFolder = 1;
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// onnx.ConcatFromSequence
//===----------------------------------------------------------------------===//

def ONNX_ConcatFromSequenceOp : ONNX_Op<"ConcatFromSequence", [Pure]> {
  let summary = "Concatenate a sequence of tensors into a single tensor.";
  let description = [{
Concatenate a sequence of tensors into a single tensor.
All input tensors must have the same shape, except for the dimension size of the axis to concatenate on.
By default 'new_axis' is 0, the behavior is similar to numpy.concatenate.
When 'new_axis' is 1, the behavior is similar to numpy.stack.

Follows ai.onnx opset 28 (operator version 11).
  }];
  let arguments = (ins
    ONNX_SeqType:$input_sequence,
    I64Attr:$axis,
    DefaultValuedAttr<I64Attr, "0">:$new_axis
  );
  let results = (outs
    TensorOf<[F32, F64, F16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1, ONNX_StringType,
        Complex<F32>, Complex<F64>]>:$concat_result
  );
}

//===----------------------------------------------------------------------===//
// onnx.Constant
//===----------------------------------------------------------------------===//

def ONNX_ConstantOp : ONNX_Op<"Constant", [Pure, ConstantLike]> {
  let summary = "This operator produces a constant tensor.";
  let description = [{
This operator produces a constant tensor. Exactly one of the provided attributes, either value, sparse_value,
or value_* must be specified.

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    OptionalAttr<AnyAttr>:$sparse_value,
    OptionalAttr<ElementsAttr>:$value,
    OptionalAttr<F32Attr>:$value_float,
    OptionalAttr<DenseF32ArrayAttr>:$value_floats,
    OptionalAttr<I64Attr>:$value_int,
    OptionalAttr<DenseI64ArrayAttr>:$value_ints,
    OptionalAttr<StrAttr>:$value_string,
    OptionalAttr<StrArrayAttr>:$value_strings
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$output
  );
  let hasFolder = 1;
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// onnx.ConstantOfShape
//===----------------------------------------------------------------------===//

def ONNX_ConstantOfShapeOp : ONNX_Op<"ConstantOfShape", [Pure]> {
  let summary = "Generate a tensor with given value and shape.";
  let description = [{
Generate a tensor with given value and shape.

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    TensorOf<[I64]>:$input,
    OptionalAttr<ElementsAttr>:$value
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1, F8E4M3FN,
        F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>,
        UI<2>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Conv
//===----------------------------------------------------------------------===//

def ONNX_ConvOp : ONNX_Op<"Conv", [Pure]> {
  let summary = "The convolution operator consumes an input tensor and a filter, and computes the output.";
  let description = [{
The convolution operator consumes an input tensor and a filter, and
computes the output.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$W,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$B,
    DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
    OptionalAttr<DenseI64ArrayAttr>:$dilations,
    DefaultValuedAttr<I64Attr, "1">:$group,
    OptionalAttr<DenseI64ArrayAttr>:$kernel_shape,
    OptionalAttr<DenseI64ArrayAttr>:$pads,
    OptionalAttr<DenseI64ArrayAttr>:$strides
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// onnx.ConvInteger
//===----------------------------------------------------------------------===//

def ONNX_ConvIntegerOp : ONNX_Op<"ConvInteger", [Pure]> {
  let summary = "The integer convolution operator consumes an input tensor, its zero-point, a filter, and its zero-point, and computes the output.";
  let description = [{
The integer convolution operator consumes an input tensor, its zero-point, a filter, and its zero-point,
and computes the output. The production MUST never overflow. The accumulation may overflow if and only if in 32 bits.

Follows ai.onnx opset 28 (operator version 10).
  }];
  let arguments = (ins
    TensorOf<[I8, UI8]>:$x,
    TensorOf<[I8, UI8]>:$w,
    AnyTypeOf<[TensorOf<[I8, UI8]>, NoneType]>:$x_zero_point,
    AnyTypeOf<[TensorOf<[I8, UI8]>, NoneType]>:$w_zero_point,
    DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
    OptionalAttr<DenseI64ArrayAttr>:$dilations,
    DefaultValuedAttr<I64Attr, "1">:$group,
    OptionalAttr<DenseI64ArrayAttr>:$kernel_shape,
    OptionalAttr<DenseI64ArrayAttr>:$pads,
    OptionalAttr<DenseI64ArrayAttr>:$strides
  );
  let results = (outs
    TensorOf<[I32]>:$y
  );
}

//===----------------------------------------------------------------------===//
// onnx.ConvTranspose
//===----------------------------------------------------------------------===//

def ONNX_ConvTransposeOp : ONNX_Op<"ConvTranspose", [Pure]> {
  let summary = "The convolution transpose operator consumes an input tensor and a filter, and computes the output.";
  let description = [{
The convolution transpose operator consumes an input tensor and a filter,
and computes the output.

If the pads parameter is provided the shape of the output is calculated via the following equation:

  output_shape[i] = stride[i] * (input_size[i] - 1) + output_padding[i] + ((kernel_shape[i] - 1) * dilations[i] + 1) - pads[start_i] - pads[end_i]

output_shape can also be explicitly specified in which case pads values are auto generated using these equations:

  total_padding[i] = stride[i] * (input_size[i] - 1) + output_padding[i] + ((kernel_shape[i] - 1) * dilations[i] + 1) - output_shape[i]
  If (auto_pads == SAME_UPPER): pads[start_i] = total_padding[i]/2; pads[end_i] = total_padding[i] - (total_padding[i]/2)
  Else: pads[start_i] = total_padding[i] - (total_padding[i]/2); pads[end_i] = (total_padding[i]/2).

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$W,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$B,
    DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
    OptionalAttr<DenseI64ArrayAttr>:$dilations,
    DefaultValuedAttr<I64Attr, "1">:$group,
    OptionalAttr<DenseI64ArrayAttr>:$kernel_shape,
    OptionalAttr<DenseI64ArrayAttr>:$output_padding,
    OptionalAttr<DenseI64ArrayAttr>:$output_shape,
    OptionalAttr<DenseI64ArrayAttr>:$pads,
    OptionalAttr<DenseI64ArrayAttr>:$strides
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Cos
//===----------------------------------------------------------------------===//

def ONNX_CosOp : ONNX_Op<"Cos", [Pure]> {
  let summary = "Calculates the cosine of the given input tensor, element-wise.";
  let description = [{
Calculates the cosine of the given input tensor, element-wise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Cosh
//===----------------------------------------------------------------------===//

def ONNX_CoshOp : ONNX_Op<"Cosh", [Pure]> {
  let summary = "Calculates the hyperbolic cosine of the given input tensor element-wise.";
  let description = [{
Calculates the hyperbolic cosine of the given input tensor element-wise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.CumProd
//===----------------------------------------------------------------------===//

def ONNX_CumProdOp : ONNX_Op<"CumProd", [Pure]> {
  let summary = "Performs cumulative product of the input elements along the given axis.";
  let description = [{
Performs cumulative product of the input elements along the given axis.
By default, it will do the product inclusively meaning the first element is copied as is.
Through an `exclusive` attribute, this behavior can change to exclude the first element.
It can also perform product in the opposite direction of the axis. For that, set `reverse` attribute to 1.

Example:
```
input_x = [1, 2, 3]
axis=0
output = [1, 2, 6]
exclusive=1
output = [1, 1, 2]
exclusive=0
reverse=1
output = [6, 6, 3]
exclusive=1
reverse=1
output = [6, 3, 1]
```

Follows ai.onnx opset 28 (operator version 26).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$x,
    TensorOf<[I32, I64]>:$axis,
    DefaultValuedAttr<I64Attr, "0">:$exclusive,
    DefaultValuedAttr<I64Attr, "0">:$reverse
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$y
  );
}

//===----------------------------------------------------------------------===//
// onnx.CumSum
//===----------------------------------------------------------------------===//

def ONNX_CumSumOp : ONNX_Op<"CumSum", [Pure]> {
  let summary = "Performs cumulative sum of the input elements along the given axis.";
  let description = [{
Performs cumulative sum of the input elements along the given axis.
By default, it will do the sum inclusively meaning the first element is copied as is.
Through an `exclusive` attribute, this behavior can change to exclude the first element.
It can also perform summation in the opposite direction of the axis. For that, set `reverse` attribute to 1.

Example:
```
input_x = [1, 2, 3]
axis=0
output = [1, 3, 6]
exclusive=1
output = [0, 1, 3]
exclusive=0
reverse=1
output = [6, 5, 3]
exclusive=1
reverse=1
output = [5, 3, 0]
```

Follows ai.onnx opset 28 (operator version 14).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$x,
    TensorOf<[I32, I64]>:$axis,
    DefaultValuedAttr<I64Attr, "0">:$exclusive,
    DefaultValuedAttr<I64Attr, "0">:$reverse
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$y
  );
}

//===----------------------------------------------------------------------===//
// onnx.DFT
//===----------------------------------------------------------------------===//

def ONNX_DFTOp : ONNX_Op<"DFT", [Pure]> {
  let summary = "Computes the discrete Fourier Transform (DFT) of the input.";
  let description = [{
Computes the discrete Fourier Transform (DFT) of the input.

Assuming the input has shape `[M, N]`, where `N` is the dimension over which the
DFT is computed and `M` denotes the conceptual "all other dimensions,"
the DFT `y[m, k]` of shape `[M, N]` is defined as

$$y[m, k] = \sum_{n=0}^{N-1} e^{-2 \pi j \frac{k n}{N} } x[m, n] ,$$

and the inverse transform is defined as

$$x[m, n] = \frac{1}{N} \sum_{k=0}^{N-1} e^{2 \pi j \frac{k n}{N} } y[m, k] ,$$

where $j$ is the imaginary unit.

The actual shape of the output is specified in the "output" section.

Reference: https://docs.scipy.org/doc/scipy/tutorial/fft.html

Follows ai.onnx opset 28 (operator version 20).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input,
    AnyTypeOf<[TensorOf<[I32, I64]>, NoneType]>:$dft_length,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$axis,
    DefaultValuedAttr<I64Attr, "0">:$inverse,
    DefaultValuedAttr<I64Attr, "0">:$onesided
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.DeformConv
//===----------------------------------------------------------------------===//

def ONNX_DeformConvOp : ONNX_Op<"DeformConv", [Pure]> {
  let summary = "Performs deformable convolution as described in https://arxiv.org/abs/1703.06211 and https://arxiv.org/abs/1811.11168.";
  let description = [{
Performs deformable convolution as described in https://arxiv.org/abs/1703.06211 and https://arxiv.org/abs/1811.11168.
This operator specification supports the general N-D case. Note that most common use cases have 2D or 3D data.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$W,
    TensorOf<[F32, F64, F16, BF16]>:$offset,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$B,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$mask,
    OptionalAttr<DenseI64ArrayAttr>:$dilations,
    DefaultValuedAttr<I64Attr, "1">:$group,
    OptionalAttr<DenseI64ArrayAttr>:$kernel_shape,
    DefaultValuedAttr<I64Attr, "1">:$offset_group,
    OptionalAttr<DenseI64ArrayAttr>:$pads,
    OptionalAttr<DenseI64ArrayAttr>:$strides
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.DepthToSpace
//===----------------------------------------------------------------------===//

def ONNX_DepthToSpaceOp : ONNX_Op<"DepthToSpace", [Pure]> {
  let summary = "DepthToSpace rearranges (permutes) data from depth into blocks of spatial data.";
  let description = [{
DepthToSpace rearranges (permutes) data from depth into blocks of spatial data.
This is the reverse transformation of SpaceToDepth. More specifically, this op outputs a copy of
the input tensor where values from the depth dimension are moved in spatial blocks to the height
and width dimensions. By default, `mode` = `DCR`.
In the DCR mode, elements along the depth dimension from the input tensor are rearranged in the
following order: depth, column, and then row. The output y is computed from the input x as below:

```
b, c, h, w = x.shape
tmp = np.reshape(x, [b, blocksize, blocksize, c // (blocksize**2), h, w])
tmp = np.transpose(tmp, [0, 3, 4, 1, 5, 2])
y = np.reshape(tmp, [b, c // (blocksize**2), h * blocksize, w * blocksize])
```

In the CRD mode, elements along the depth dimension from the input tensor are rearranged in the
following order: column, row, and the depth. The output y is computed from the input x as below:

```
b, c, h, w = x.shape
tmp = np.reshape(x, [b, c // (blocksize ** 2), blocksize, blocksize, h, w])
tmp = np.transpose(tmp, [0, 1, 4, 2, 5, 3])
y = np.reshape(tmp, [b, c // (blocksize ** 2), h * blocksize, w * blocksize])
```

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input,
    I64Attr:$blocksize,
    DefaultValuedAttr<StrAttr, "\"DCR\"">:$mode
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.DequantizeLinear
//===----------------------------------------------------------------------===//

def ONNX_DequantizeLinearOp : ONNX_Op<"DequantizeLinear", [Pure]> {
  let summary = "The linear dequantization operator.";
  let description = [{
The linear dequantization operator. It consumes a quantized tensor, a scale, and a zero point to compute the
full-precision tensor. The dequantization formula is `y = (x - x_zero_point) * x_scale`. `x_scale` and `x_zero_point`
must have the same shape, determining the quantization's granularity: a scalar for per-tensor/per-layer quantization,
a 1-D tensor for per-axis quantization, or have a rank identical to the input for blocked quantization.
See QuantizeLinear for details on quantization granularity.

`x_zero_point` and `x` must have the same type. `x` and `y` must have the same shape. In the case of dequantizing
`int32`, there's no zero point (zero point is supposed to be 0).
`zero-point` is usually not used in the case of float8 and 4-bit types quantization, but the dequantization formula remains the same
for consistency. The output type is determined by the attribute `output_dtype`. If `output_dtype` is not supplied then the output type
is the same as `x_scale`. The output type also determines the precision of the multiplication operation.

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[I8, I16, I32, UI8, UI16, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F6E2M3FN,
        F6E3M2FN, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$x,
    TensorOf<[F32, F16, BF16, F8E8M0FNU]>:$x_scale,
    AnyTypeOf<[TensorOf<[I8, I16, I32, UI8, UI16, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ,
        F6E2M3FN, F6E3M2FN, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>, NoneType]>:$x_zero_point,
    DefaultValuedAttr<I64Attr, "1">:$axis,
    DefaultValuedAttr<I64Attr, "0">:$block_size,
    DefaultValuedAttr<I64Attr, "0">:$output_dtype
  );
  let results = (outs
    TensorOf<[F32, F16, BF16]>:$y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Det
//===----------------------------------------------------------------------===//

def ONNX_DetOp : ONNX_Op<"Det", [Pure]> {
  let summary = "Det calculates determinant of a square matrix or batches of square matrices.";
  let description = [{
Det calculates determinant of a square matrix or batches of square matrices.
Det takes one input tensor of shape `[*, M, M]`, where `*` is zero or more batch dimensions,
and the inner-most 2 dimensions form square matrices.
The output is a tensor of shape `[*]`, containing the determinants of all input submatrices.
e.g., When the input is 2-D, the output is a scalar(shape is empty: `[]`).

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Div
//===----------------------------------------------------------------------===//

def ONNX_DivOp : ONNX_Op<"Div", [Pure]> {
  let summary = "Performs element-wise binary division (with Numpy-style broadcasting support).";
  let description = [{
Performs element-wise binary division (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

For integer inputs, the result is computed using truncating division (rounding toward zero).
(Opset 14 change): Extend supported types to include uint8, int8, uint16, and int16.

Follows ai.onnx opset 28 (operator version 14).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$A,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$B
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.Dropout
//===----------------------------------------------------------------------===//

def ONNX_DropoutOp : ONNX_Op<"Dropout", []> {
  let summary = "Dropout takes an input floating-point tensor, an optional input ratio (floating-point scalar) and an optional input training_mode (boolean scalar).";
  let description = [{
Dropout takes an input floating-point tensor, an optional input ratio (floating-point scalar) and an optional input training_mode (boolean scalar). It produces two tensor outputs,
output (floating-point tensor) and mask (optional `Tensor<bool>`). If `training_mode` is true then the output Y will be a random dropout;
Note that this Dropout scales the masked input data by the following equation, so to convert the trained model into inference mode,
the user can simply not pass `training_mode` input or set it to false.
```
output = scale * data * mask,
```
where
```
scale = 1. / (1. - ratio).
```
This operator has **optional** inputs/outputs. See [the doc](IR.md) for more details about the representation of optional arguments. An empty string may be used in the place of an actual argument's name to indicate a missing argument. Trailing optional arguments (those not followed by an argument that is present) may also be simply omitted.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ]>:$data,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ]>,
        NoneType]>:$ratio,
    AnyTypeOf<[TensorOf<[I1]>, NoneType]>:$training_mode,
    OptionalAttr<I64Attr>:$seed
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ]>:$output,
    AnyTypeOf<[TensorOf<[I1]>, NoneType]>:$mask
  );
}

//===----------------------------------------------------------------------===//
// onnx.DynamicQuantizeLinear
//===----------------------------------------------------------------------===//

def ONNX_DynamicQuantizeLinearOp : ONNX_Op<"DynamicQuantizeLinear", [Pure]> {
  let summary = "A Function to fuse calculation for Scale, Zero Point and FP32->8Bit conversion of FP32 Input data.";
  let description = [{
A Function to fuse calculation for Scale, Zero Point and FP32->8Bit conversion of FP32 Input data.
Outputs Scale, ZeroPoint and Quantized Input for a given FP32 Input.
Scale is calculated as:
```
y_scale = (maximum(0, max(x)) - minimum(0, min(x))) / (qmax - qmin)
```

* where qmax and qmin are max and min values for quantization range i.e. [0, 255] in case of uint8
* data range is adjusted to include 0.

Zero point is calculated as:
```
intermediate_zero_point = qmin - min(x)/y_scale
y_zero_point = cast(round(saturate(intermediate_zero_point)))
```

* where qmax and qmin are max and min values for quantization range .i.e [0, 255] in case of uint8
* for saturation, it saturates to [0, 255] if it's uint8, or [-127, 127] if it's int8. Right now only uint8 is supported.
* rounding to nearest ties to even.

Data quantization formula is:
```
y = saturate (round (x / y_scale) + y_zero_point)
```

* for saturation, it saturates to [0, 255] if it's uint8, or [-127, 127] if it's int8. Right now only uint8 is supported.
* rounding to nearest ties to even.

Follows ai.onnx opset 28 (operator version 11).
  }];
  let arguments = (ins
    TensorOf<[F32]>:$x
  );
  let results = (outs
    TensorOf<[UI8]>:$y,
    TensorOf<[F32]>:$y_scale,
    TensorOf<[UI8]>:$y_zero_point
  );
}

//===----------------------------------------------------------------------===//
// onnx.Einsum
//===----------------------------------------------------------------------===//

def ONNX_EinsumOp : ONNX_Op<"Einsum", [Pure]> {
  let summary = "An einsum of the form term1, term2 -> output-term produces an output tensor using the following equation.";
  let description = [{
An einsum of the form `term1, term2 -> output-term` produces an output tensor using the following equation

```
output[output-term] = reduce-sum( input1[term1] * input2[term2] )
```

where the reduce-sum performs a summation over all the indices occurring in the input terms (term1, term2)
that do not occur in the output-term.

The Einsum operator evaluates algebraic tensor operations on a sequence of tensors, using the Einstein summation
convention. The equation string contains a comma-separated sequence of lower case letters and/or upper case letters.
Each term corresponds to an operand tensor, and the characters within the terms correspond to operands dimensions.
Lower case letters and upper case letters are treated as distinct symbols, that is, "a" and "A" refer to different
symbols.

This sequence may be followed by "->" to separate the left and right hand side of the equation.
If the equation contains "->" followed by the right-hand side, the explicit (not classical) form of the Einstein
summation is performed, and the right-hand side indices indicate output tensor dimensions. In other cases,
output indices are (implicitly) set to the sequence of indices appearing exactly once in the equation, sorted in
increasing order of their ASCII values (so that all upper case letters precede all lower case letters, e.g.,
"A" < "Z" < "a" < "z").

When a dimension character is repeated in the left-hand side, it represents summation along the dimension.

The equation may contain ellipsis ("...") to enable broadcasting. Ellipsis must indicate a fixed number of dimensions.
Specifically, every occurrence of ellipsis in the equation must represent the same number of dimensions.
The right-hand side may contain exactly one ellipsis. In implicit mode, the ellipsis dimensions are set to the
beginning of the output. The equation string may contain space (U+0020) character.

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    Variadic<TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32,
        UI64]>>:$Inputs,
    StrAttr:$equation
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$Output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Elu
//===----------------------------------------------------------------------===//

def ONNX_EluOp : ONNX_Op<"Elu", [Pure]> {
  let summary = "Elu takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the function f(x) = alpha * (exp(x) - 1.) for x < 0, f(x) = x for x >=...";
  let description = [{
Elu takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where the function `f(x) = alpha * (exp(x) - 1.) for x <
0`, `f(x) = x for x >= 0`., is applied to the tensor elementwise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    DefaultValuedAttr<F32Attr, "1.0">:$alpha
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Equal
//===----------------------------------------------------------------------===//

def ONNX_EqualOp : ONNX_Op<"Equal", [Pure]> {
  let summary = "Returns the tensor resulted from performing the equal logical operation elementwise on the input tensors A and B (with Numpy-style broadcasting support).";
  let description = [{
Returns the tensor resulted from performing the `equal` logical operation
elementwise on the input tensors `A` and `B` (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 19).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType]>:$A,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType]>:$B
  );
  let results = (outs
    TensorOf<[I1]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.Erf
//===----------------------------------------------------------------------===//

def ONNX_ErfOp : ONNX_Op<"Erf", [Pure]> {
  let summary = "Computes the error function of the given input tensor element-wise.";
  let description = [{
Computes the error function of the given input tensor element-wise.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Exp
//===----------------------------------------------------------------------===//

def ONNX_ExpOp : ONNX_Op<"Exp", [Pure]> {
  let summary = "Calculates the exponential of the given input tensor, element-wise.";
  let description = [{
Calculates the exponential of the given input tensor, element-wise.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Expand
//===----------------------------------------------------------------------===//

def ONNX_ExpandOp : ONNX_Op<"Expand", [Pure]> {
  let summary = "Broadcast the input tensor following the given shape and the broadcast rule.";
  let description = [{
Broadcast the input tensor following the given shape and the broadcast rule.
The broadcast rule is similar to numpy.array(input) * numpy.ones(shape):
Dimensions are right alignment;
Two corresponding dimensions must have the same value, or one of them is equal to 1.
Also, this operator is similar to numpy.broadcast_to(input, shape),
but the major difference is numpy.broadcast_to() does not allow shape to be smaller than input.size().
It is possible that the output.shape is not equal to shape, when some dimensions in shape is equal to 1,
or the shape.ndim < input.shape.ndim.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input,
    TensorOf<[I64]>:$shape
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.EyeLike
//===----------------------------------------------------------------------===//

def ONNX_EyeLikeOp : ONNX_Op<"EyeLike", [Pure]> {
  let summary = "Generate a 2D tensor (matrix) with ones on the diagonal and zeros everywhere else.";
  let description = [{
Generate a 2D tensor (matrix) with ones on the diagonal and zeros everywhere else. Only 2D
tensors are supported, i.e. input T1 must be of rank 2. The shape of the output tensor is the
same as the input tensor. The data type can be specified by the 'dtype' argument. If
'dtype' is not specified, then the type of input tensor is used. By default, the main diagonal
is populated with ones, but attribute 'k' can be used to populate upper or lower diagonals.
The 'dtype' argument must be one of the data types specified in the 'DataType' enum field in the
TensorProto message and be valid as an output type.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1]>:$input,
    OptionalAttr<I64Attr>:$dtype,
    DefaultValuedAttr<I64Attr, "0">:$k
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Flatten
//===----------------------------------------------------------------------===//

def ONNX_FlattenOp : ONNX_Op<"Flatten", [Pure]> {
  let summary = "Flattens the input tensor into a 2D matrix.";
  let description = [{
Flattens the input tensor into a 2D matrix. If input tensor has shape
(d_0, d_1, ... d_n) then the output will have shape
(d_0 X d_1 ... d_(axis-1), d_axis X d_(axis+1) ... X dn).

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$input,
    DefaultValuedAttr<I64Attr, "1">:$axis
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Floor
//===----------------------------------------------------------------------===//

def ONNX_FloorOp : ONNX_Op<"Floor", [Pure]> {
  let summary = "Floor takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the floor is, y = floor(x), is applied to the tensor elementwise.";
  let description = [{
Floor takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where the floor is, y = floor(x), is applied to
the tensor elementwise. If x is integral, +0, -0, NaN,  or infinite, x itself is returned.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.GRU
//===----------------------------------------------------------------------===//

def ONNX_GRUOp : ONNX_Op<"GRU", [Pure]> {
  let summary = "Computes an one-layer GRU.";
  let description = [{
Computes an one-layer GRU. This operator is usually supported via some custom
implementation such as CuDNN.

Notations:

* `X` - input tensor
* `z` - update gate
* `r` - reset gate
* `h` - hidden gate
* `t` - time step (t-1 means previous time step)
* `W[zrh]` - W parameter weight matrix for update, reset, and hidden gates
* `R[zrh]` - R recurrence weight matrix for update, reset, and hidden gates
* `Wb[zrh]` - W bias vectors for update, reset, and hidden gates
* `Rb[zrh]` - R bias vectors for update, reset, and hidden gates
* `WB[zrh]` - W parameter weight matrix for backward update, reset, and hidden gates
* `RB[zrh]` - R recurrence weight matrix for backward update, reset, and hidden gates
* `WBb[zrh]` - W bias vectors for backward update, reset, and hidden gates
* `RBb[zrh]` - R bias vectors for backward update, reset, and hidden gates
* `H` - Hidden state
* `num_directions` - 2 if direction == bidirectional else 1

Activation functions:

* Relu(x)                - max(0, x)
* Tanh(x)                - (1 - e^{-2x})/(1 + e^{-2x})
* Sigmoid(x)             - 1/(1 + e^{-x})

NOTE:
  Below are optional

* Affine(x)              - alpha * x + beta
* LeakyRelu(x)           - x if x >= 0 else alpha * x
* ThresholdedRelu(x)     - x if x >= alpha else 0
* ScaledTanh(x)          - alpha * Tanh(beta * x)
* HardSigmoid(x)         - min(max(alpha * x + beta, 0), 1)
* Elu(x)                 - x if x >= 0 else alpha * (e^x - 1)
* Softsign(x)            - x/(1 + |x|)
* Softplus(x)            - log(1 + e^x)

Equations (Default: f=Sigmoid, g=Tanh):

* zt = f(Xt*(Wz^T) + Ht-1*(Rz^T) + Wbz + Rbz)
* rt = f(Xt*(Wr^T) + Ht-1*(Rr^T) + Wbr + Rbr)
* ht = g(Xt*(Wh^T) + (rt (.) Ht-1)*(Rh^T) + Rbh + Wbh) # default, when linear_before_reset = 0
* ht = g(Xt*(Wh^T) + (rt (.) (Ht-1*(Rh^T) + Rbh)) + Wbh) # when linear_before_reset != 0
* Ht = (1 - zt) (.) ht + zt (.) Ht-1
This operator has **optional** inputs/outputs. See [the doc](IR.md) for more details about the representation of optional arguments. An empty string may be used in the place of an actual argument's name to indicate a missing argument. Trailing optional arguments (those not followed by an argument that is present) may also be simply omitted.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$W,
    TensorOf<[F32, F64, F16, BF16]>:$R,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$B,
    AnyTypeOf<[TensorOf<[I32]>, NoneType]>:$sequence_lens,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$initial_h,
    OptionalAttr<DenseF32ArrayAttr>:$activation_alpha,
    OptionalAttr<DenseF32ArrayAttr>:$activation_beta,
    OptionalAttr<StrArrayAttr>:$activations,
    OptionalAttr<F32Attr>:$clip,
    DefaultValuedAttr<StrAttr, "\"forward\"">:$direction,
    OptionalAttr<I64Attr>:$hidden_size,
    DefaultValuedAttr<I64Attr, "0">:$layout,
    DefaultValuedAttr<I64Attr, "0">:$linear_before_reset
  );
  let results = (outs
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$Y,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$Y_h
  );
}

//===----------------------------------------------------------------------===//
// onnx.Gather
//===----------------------------------------------------------------------===//

def ONNX_GatherOp : ONNX_Op<"Gather", [Pure]> {
  let summary = "Given data tensor of rank r >= 1, and indices tensor of rank q, gather entries of the axis dimension of data (by default outer-most one as axis=0) indexed...";
  let description = [{
Given `data` tensor of rank r >= 1, and `indices` tensor of rank q, gather
entries of the axis dimension of `data` (by default outer-most one as axis=0) indexed by `indices`, and concatenates
them in an output tensor of rank q + (r - 1).

It is an indexing operation that indexes into the input `data` along a single (specified) axis.
Each entry in `indices` produces a `r-1` dimensional slice of the input tensor.
The entire operation produces, conceptually, a `q`-dimensional tensor of `r-1` dimensional slices,
which is arranged into a `q + (r-1)`-dimensional tensor, with the `q` dimensions taking the
place of the original `axis` that is being indexed into.

The following few examples illustrate how `Gather` works for specific shapes of `data`,
`indices`, and given value of `axis`:
| data shape | indices shape | axis | output shape | output equation |
| --- | --- | --- | --- | --- |
| (P, Q) | ( )  (a scalar)   | 0 | (Q)       | output[q] = data[indices, q] |
| (P, Q, R) | ( )  (a scalar)   | 1 | (P, R)       | output[p, r] = data[p, indices, r] |
| (P, Q) | (R, S) | 0 | (R, S, Q) | output[r, s, q] = data[ [indices[r, s], q] |
| (P, Q) | (R, S) | 1 | (P, R, S) | output[p, r, s] = data[ p, indices[r, s]] |

More generally, if `axis = 0`, let `k = indices[i_{0}, ..., i_{q-1} ]`
then `output[i_{0}, ..., i_{q-1}, j_{0}, ..., j_{r-2} ] = input[k , j_{0}, ..., j_{r-2} ]`:

```
data = [
    [1.0, 1.2],
    [2.3, 3.4],
    [4.5, 5.7],
]
indices = [
    [0, 1],
    [1, 2],
]
output = [
    [
        [1.0, 1.2],
        [2.3, 3.4],
    ],
    [
        [2.3, 3.4],
        [4.5, 5.7],
    ],
]
```

If `axis = 1`, let `k = indices[i_{0}, ..., i_{q-1} ]`
then `output[j_{0}, i_{0}, ..., i_{q-1}, j_{1}, ..., j_{r-2} ] = input[j_{0}, k, j_{1}, ..., j_{r-2} ]`:

```
data = [
    [1.0, 1.2, 1.9],
    [2.3, 3.4, 3.9],
    [4.5, 5.7, 5.9],
]
indices = [
    [0, 2],
]
axis = 1,
output = [
        [[1.0, 1.9]],
        [[2.3, 3.9]],
        [[4.5, 5.9]],
]
```

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$data,
    TensorOf<[I32, I64]>:$indices,
    DefaultValuedAttr<I64Attr, "0">:$axis
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// onnx.GatherElements
//===----------------------------------------------------------------------===//

def ONNX_GatherElementsOp : ONNX_Op<"GatherElements", [Pure]> {
  let summary = "GatherElements takes two inputs data and indices of the same rank r >= 1 and an optional attribute axis that identifies an axis of data (by default, the...";
  let description = [{
GatherElements takes two inputs `data` and `indices` of the same rank r >= 1
and an optional attribute `axis` that identifies an axis of `data`
(by default, the outer-most axis, that is axis 0). It is an indexing operation
that produces its output by indexing into the input data tensor at index
positions determined by elements of the `indices` tensor.
Its output shape is the same as the shape of `indices` and consists of one value
(gathered from the `data`) for each element in `indices`.

For instance, in the 3-D case (r = 3), the output produced is determined
by the following equations:
```
out[i][j][k] = input[index[i][j][k]][j][k] if axis = 0,
out[i][j][k] = input[i][index[i][j][k]][k] if axis = 1,
out[i][j][k] = input[i][j][index[i][j][k]] if axis = 2,
```

This operator is also the inverse of ScatterElements. It is similar to Torch's gather operation.

Example 1:
```
data = [
    [1, 2],
    [3, 4],
]
indices = [
    [0, 0],
    [1, 0],
]
axis = 1
output = [
    [1, 1],
    [4, 3],
]
```
Example 2:
```
data = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
]
indices = [
    [1, 2, 0],
    [2, 0, 0],
]
axis = 0
output = [
    [4, 8, 3],
    [7, 2, 3],
]
```

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$data,
    TensorOf<[I32, I64]>:$indices,
    DefaultValuedAttr<I64Attr, "0">:$axis
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.GatherND
//===----------------------------------------------------------------------===//

def ONNX_GatherNDOp : ONNX_Op<"GatherND", [Pure]> {
  let summary = "Given data tensor of rank r >= 1, indices tensor of rank q >= 1, and batch_dims integer b, this operator gathers slices of data into an output tensor of...";
  let description = [{
Given `data` tensor of rank `r` >= 1, `indices` tensor of rank `q` >= 1, and `batch_dims` integer `b`, this operator gathers
slices of `data` into an output tensor of rank `q + r - indices_shape[-1] - 1 - b`.

`indices` is an q-dimensional integer tensor, best thought of as a `(q-1)`-dimensional tensor of index-tuples into `data`,
where each element defines a slice of `data`

`batch_dims` (denoted as `b`) is an integer indicating the number of batch dimensions, i.e the leading `b` number of dimensions of
`data` tensor and `indices` are representing the batches, and the gather starts from the `b+1` dimension.

Some salient points about the inputs' rank and shape:

1) r >= 1 and q >= 1 are to be honored. There is no dependency condition to be met between ranks `r` and `q`

2) The first `b` dimensions of the shape of `indices` tensor and `data` tensor must be equal.

3) b < min(q, r) is to be honored.

4) The `indices_shape[-1]` should have a value between 1 (inclusive) and rank `r-b` (inclusive)

5) All values in `indices` are expected to be within bounds [-s, s-1] along axis of size `s` (i.e.) `-data_shape[i] <= indices[...,i] <= data_shape[i] - 1`.
   It is an error if any of the index values are out of bounds.

The output is computed as follows:

The output tensor is obtained by mapping each index-tuple in the `indices` tensor to the corresponding slice of the input `data`.

1) If `indices_shape[-1] > r-b` => error condition

2) If `indices_shape[-1] == r-b`, since the rank of `indices` is `q`, `indices` can be thought of as `N` `(q-b-1)`-dimensional tensors
   containing 1-D tensors of dimension `r-b`, where `N` is an integer equals to the product of 1 and all the elements in the batch dimensions
   of the indices_shape. Let us think of each such `r-b` ranked tensor as `indices_slice`. Each *scalar value* corresponding to `data[0:b-1,indices_slice]`
   is filled into the corresponding location of the `(q-b-1)`-dimensional tensor to form the `output` tensor (Example 1 below)

3) If `indices_shape[-1] < r-b`, since the rank of `indices` is `q`, `indices` can be thought of as `N` `(q-b-1)`-dimensional tensor
   containing 1-D tensors of dimension `< r-b`. Let us think of each such tensors as `indices_slice`. Each *tensor slice* corresponding
   to `data[0:b-1, indices_slice , :]` is filled into the corresponding location of the `(q-b-1)`-dimensional tensor
   to form the `output` tensor (Examples 2, 3, 4 and 5 below)

This operator is the inverse of `ScatterND`.

**Example 1**

```
batch_dims = 0
data    = [[0,1],[2,3]]   # data_shape    = [2, 2]
indices = [[0,0],[1,1]]   # indices_shape = [2, 2]
output  = [0,3]           # output_shape  = [2]
```

**Example 2**

```
batch_dims = 0
data    = [[0,1],[2,3]]  # data_shape    = [2, 2]
indices = [[1],[0]]      # indices_shape = [2, 1]
output  = [[2,3],[0,1]]  # output_shape  = [2, 2]
```

**Example 3**

```
batch_dims = 0
data    = [[[0,1],[2,3]],[[4,5],[6,7]]] # data_shape    = [2, 2, 2]
indices = [[0,1],[1,0]]                 # indices_shape = [2, 2]
output  = [[2,3],[4,5]]                 # output_shape  = [2, 2]
```

**Example 4**

```
batch_dims = 0
data    = [[[0,1],[2,3]],[[4,5],[6,7]]] # data_shape    = [2, 2, 2]
indices = [[[0,1]],[[1,0]]]             # indices_shape = [2, 1, 2]
output  = [[[2,3]],[[4,5]]]             # output_shape  = [2, 1, 2]
```

**Example 5**

```
batch_dims = 1
data    = [[[0,1],[2,3]],[[4,5],[6,7]]] # data_shape    = [2, 2, 2]
indices = [[1],[0]]                     # indices_shape = [2, 1]
output  = [[2,3],[4,5]]                 # output_shape  = [2, 2]
```

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$data,
    TensorOf<[I64]>:$indices,
    DefaultValuedAttr<I64Attr, "0">:$batch_dims
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Gelu
//===----------------------------------------------------------------------===//

def ONNX_GeluOp : ONNX_Op<"Gelu", [Pure]> {
  let summary = "Gelu takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the gaussian error linear units function, $y = 0.5 * x * (1 +...";
  let description = [{
Gelu takes one input data (Tensor<T>) and produces one
output data (Tensor<T>) where the gaussian error linear units function,
$y = 0.5 * x * (1 + erf(x/sqrt(2)))$ is applied to the tensor elementwise.
If the attribute "approximate" is set to "tanh", the function estimation,
$y = 0.5 * x * (1 + Tanh(sqrt(2/\pi) * (x + 0.044715 * x^3)))$ is used and applied
to the tensor elementwise.

Follows ai.onnx opset 28 (operator version 20).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    DefaultValuedAttr<StrAttr, "\"none\"">:$approximate
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Gemm
//===----------------------------------------------------------------------===//

def ONNX_GemmOp : ONNX_Op<"Gemm", [Pure]> {
  let summary = "General Matrix multiplication: https://en.wikipedia.org/wiki/Basic_Linear_Algebra_Subprograms#Level_3.";
  let description = [{
General Matrix multiplication:
https://en.wikipedia.org/wiki/Basic_Linear_Algebra_Subprograms#Level_3

* A' = transpose(A) if transA else A
* B' = transpose(B) if transB else B

Compute Y = alpha * A' * B' + beta * C, where input tensor A has shape (M, K) or (K, M),
input tensor B has shape (K, N) or (N, K), input tensor C is broadcastable to shape (M, N),
and output tensor Y has shape (M, N). A will be transposed before doing the
computation if attribute transA is non-zero, same for B and transB.
This operator supports **unidirectional broadcasting** (tensor C should be unidirectional broadcastable to tensor A * B); for more details please check [the doc](Broadcasting.md).
This operator has **optional** inputs/outputs. See [the doc](IR.md) for more details about the representation of optional arguments. An empty string may be used in the place of an actual argument's name to indicate a missing argument. Trailing optional arguments (those not followed by an argument that is present) may also be simply omitted.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$A,
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$B,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>, NoneType]>:$C,
    DefaultValuedAttr<F32Attr, "1.0">:$alpha,
    DefaultValuedAttr<F32Attr, "1.0">:$beta,
    DefaultValuedAttr<I64Attr, "0">:$transA,
    DefaultValuedAttr<I64Attr, "0">:$transB
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$Y
  );
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// onnx.GlobalAveragePool
//===----------------------------------------------------------------------===//

def ONNX_GlobalAveragePoolOp : ONNX_Op<"GlobalAveragePool", [Pure]> {
  let summary = "GlobalAveragePool consumes an input tensor X and applies average pooling across the values in the same channel.";
  let description = [{
 GlobalAveragePool consumes an input tensor X and applies average pooling across
 the values in the same channel. This is equivalent to AveragePool with kernel size
 equal to the spatial dimension of input tensor.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.GlobalLpPool
//===----------------------------------------------------------------------===//

def ONNX_GlobalLpPoolOp : ONNX_Op<"GlobalLpPool", [Pure]> {
  let summary = "GlobalLpPool consumes an input tensor X and applies lp pool pooling across the values in the same channel.";
  let description = [{
 GlobalLpPool consumes an input tensor X and applies lp pool pooling across
 the values in the same channel. This is equivalent to LpPool with kernel size
 equal to the spatial dimension of input tensor.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    DefaultValuedAttr<I64Attr, "2">:$p
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.GlobalMaxPool
//===----------------------------------------------------------------------===//

def ONNX_GlobalMaxPoolOp : ONNX_Op<"GlobalMaxPool", [Pure]> {
  let summary = "GlobalMaxPool consumes an input tensor X and applies max pooling across the values in the same channel.";
  let description = [{
 GlobalMaxPool consumes an input tensor X and applies max pooling across
 the values in the same channel. This is equivalent to MaxPool with kernel size
 equal to the spatial dimension of input tensor.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Greater
//===----------------------------------------------------------------------===//

def ONNX_GreaterOp : ONNX_Op<"Greater", [Pure]> {
  let summary = "Returns the tensor resulted from performing the greater logical operation elementwise on the input tensors A and B (with Numpy-style broadcasting support).";
  let description = [{
Returns the tensor resulted from performing the `greater` logical operation
elementwise on the input tensors `A` and `B` (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$A,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$B
  );
  let results = (outs
    TensorOf<[I1]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.GreaterOrEqual
//===----------------------------------------------------------------------===//

def ONNX_GreaterOrEqualOp : ONNX_Op<"GreaterOrEqual", [Pure]> {
  let summary = "Returns the tensor resulted from performing the greater_equal logical operation elementwise on the input tensors A and B (with Numpy-style broadcasting...";
  let description = [{
Returns the tensor resulted from performing the `greater_equal` logical operation
elementwise on the input tensors `A` and `B` (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 16).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$A,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$B
  );
  let results = (outs
    TensorOf<[I1]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.GridSample
//===----------------------------------------------------------------------===//

def ONNX_GridSampleOp : ONNX_Op<"GridSample", [Pure]> {
  let summary = "Given an input X and a flow-field grid, computes the output Y using X values and pixel locations from the grid.";
  let description = [{
Given an input `X` and a flow-field `grid`, computes the output `Y` using `X` values and pixel locations from the `grid`.
For spatial input `X` with shape (N, C, H, W), the `grid` will have shape (N, H_out, W_out, 2),
the output `Y` will have shape (N, C, H_out, W_out). For volumetric input `X` with shape (N, C, D, H, W),
the `grid` will have shape (N, D_out, H_out, W_out, 3), the output `Y` will have shape (N, C, D_out, H_out, W_out).
More generally, for an input `X` of rank r+2 with shape (N, C, d1, d2, ..., dr),
the `grid` will have shape (N, D1_out, D2_out, ..., Dr_out, r), the output `Y` will have shape (N, C, D1_out, D2_out, ..., Dr_out).

The tensor `X` contains values at centers of square pixels (voxels, etc) locations such as (n, c, d1_in, d2_in, ..., dr_in).
The (n, d1_out, d2_out, ..., dr_out, :) values from the tensor `grid` are the normalized positions for interpolating the values
at the (n, c, d1_out, d2_out, ..., dr_out) locations from the output tensor `Y` using a specified interpolation method (the mode)
and a padding mode (for `grid` positions falling outside the 2-dimensional image).

For example, the values in `grid[n, h_out, w_out, :]` are size-2 vectors specifying normalized positions in the 2-dimensional space of `X`.
They are used to interpolate output values of `Y[n, c, h_out, w_out]`.

The GridSample operator is often used in doing grid generator and sampler in the
[Spatial Transformer Networks](https://arxiv.org/abs/1506.02025).
See also in [torch.nn.functional.grid_sample](https://pytorch.org/docs/stable/generated/torch.nn.functional.grid_sample.html).

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$grid,
    DefaultValuedAttr<I64Attr, "0">:$align_corners,
    DefaultValuedAttr<StrAttr, "\"linear\"">:$mode,
    DefaultValuedAttr<StrAttr, "\"zeros\"">:$padding_mode
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.GroupNormalization
//===----------------------------------------------------------------------===//

def ONNX_GroupNormalizationOp : ONNX_Op<"GroupNormalization", [Pure]> {
  let summary = "A GroupNormalization function.";
  let description = [{
A GroupNormalization function. Carries out group normalization as described in
the paper https://arxiv.org/abs/1803.08494

This operator transforms input according to
```
y = scale * (x - mean) / sqrt(variance + epsilon) + bias,
```
where the mean and variance are computed per instance per group of channels, and
`scale` and `bias` should be specified for each channel. The number of
groups `num_groups` should be divisible by the number of channels so that there are
an equal number of channels per group.

The overall computation has two stages: the first stage normalizes the elements to
have zero mean and unit variance for each instance in each group, and the second
stage scales and shifts the results of the first stage. The floating-point precision
used in the first stage is determined by the `stash_type` attribute. For example,
if `stash_type` is 1, the operator casts all input variables to 32-bit float,
performs the computation, and finally casts the normalized results back to the
original type of `X`. The second stage does not depend on `stash_type`.

When the number of groups is the same as the number of channels, this operator is
equivalent to InstanceNormalization. When there is only one group, this operator
is equivalent to LayerNormalization.

Follows ai.onnx opset 28 (operator version 21).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$scale,
    TensorOf<[F32, F64, F16, BF16]>:$bias,
    DefaultValuedAttr<F32Attr, "1.0e-05">:$epsilon,
    I64Attr:$num_groups,
    DefaultValuedAttr<I64Attr, "1">:$stash_type
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.HammingWindow
//===----------------------------------------------------------------------===//

def ONNX_HammingWindowOp : ONNX_Op<"HammingWindow", [Pure]> {
  let summary = "Generates a Hamming window as described in the paper https://ieeexplore.ieee.org/document/1455106.";
  let description = [{
Generates a Hamming window as described in the paper https://ieeexplore.ieee.org/document/1455106.

Follows ai.onnx opset 28 (operator version 17).
  }];
  let arguments = (ins
    TensorOf<[I32, I64]>:$size,
    DefaultValuedAttr<I64Attr, "1">:$output_datatype,
    DefaultValuedAttr<I64Attr, "1">:$periodic
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.HannWindow
//===----------------------------------------------------------------------===//

def ONNX_HannWindowOp : ONNX_Op<"HannWindow", [Pure]> {
  let summary = "Generates a Hann window as described in the paper https://ieeexplore.ieee.org/document/1455106.";
  let description = [{
Generates a Hann window as described in the paper https://ieeexplore.ieee.org/document/1455106.

Follows ai.onnx opset 28 (operator version 17).
  }];
  let arguments = (ins
    TensorOf<[I32, I64]>:$size,
    DefaultValuedAttr<I64Attr, "1">:$output_datatype,
    DefaultValuedAttr<I64Attr, "1">:$periodic
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.HardSigmoid
//===----------------------------------------------------------------------===//

def ONNX_HardSigmoidOp : ONNX_Op<"HardSigmoid", [Pure]> {
  let summary = "HardSigmoid takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the HardSigmoid function, y = max(0, min(1, alpha * x + beta)),...";
  let description = [{
HardSigmoid takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where the HardSigmoid function, y = max(0, min(1, alpha * x + beta)),
is applied to the tensor elementwise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    DefaultValuedAttr<F32Attr, "0.2">:$alpha,
    DefaultValuedAttr<F32Attr, "0.5">:$beta
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.HardSwish
//===----------------------------------------------------------------------===//

def ONNX_HardSwishOp : ONNX_Op<"HardSwish", [Pure]> {
  let summary = "HardSwish takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the HardSwish function, y = x * max(0, min(1, alpha * x + beta)) =...";
  let description = [{
HardSwish takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where
the HardSwish function, y = x * max(0, min(1, alpha * x + beta)) = x * HardSigmoid<alpha, beta>(x),
where alpha = 1/6 and beta = 0.5, is applied to the tensor elementwise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Hardmax
//===----------------------------------------------------------------------===//

def ONNX_HardmaxOp : ONNX_Op<"Hardmax", [Pure]> {
  let summary = "The operator computes the hardmax values for the given input.";
  let description = [{
The operator computes the hardmax values for the given input:

 Hardmax(element in input, axis) = 1 if the element is the first maximum value along the specified axis, 0 otherwise

The "axis" attribute indicates the dimension along which Hardmax
will be performed. The output tensor has the same shape
and contains the Hardmax values of the corresponding input.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input,
    DefaultValuedAttr<I64Attr, "-1">:$axis
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Identity
//===----------------------------------------------------------------------===//

def ONNX_IdentityOp : ONNX_Op<"Identity", [Pure]> {
  let summary = "Identity operator.";
  let description = [{
Identity operator

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>, ONNX_SeqType,
        ONNX_OptType]>:$input
  );
  let results = (outs
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>, ONNX_SeqType,
        ONNX_OptType]>:$output
  );
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// onnx.If
//===----------------------------------------------------------------------===//

def ONNX_IfOp : ONNX_Op<"If", []> {
  let summary = "If conditional.";
  let description = [{
If conditional

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    TensorOf<[I1]>:$cond
  );
  let results = (outs
    Variadic<AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32,
        UI64, I1, ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>, ONNX_SeqType,
        ONNX_OptType]>>:$outputs
  );
  let regions = (region
    SizedRegion<1>:$else_branch,
    SizedRegion<1>:$then_branch
  );
}

//===----------------------------------------------------------------------===//
// onnx.ImageDecoder
//===----------------------------------------------------------------------===//

def ONNX_ImageDecoderOp : ONNX_Op<"ImageDecoder", [Pure]> {
  let summary = "Loads and decodes and image from a file.";
  let description = [{
Loads and decodes and image from a file. If it can't decode for any reason (e.g. corrupted encoded
stream, invalid format, it will return an empty matrix).
The following image formats are supported:
* BMP
* JPEG (note: Lossless JPEG support is optional)
* JPEG2000
* TIFF
* PNG
* WebP
* Portable image format (PBM, PGM, PPM, PXM, PNM)
Decoded images follow a channel-last layout: (Height, Width, Channels).
**JPEG chroma upsampling method:**
When upsampling the chroma components by a factor of 2, the pixels are linearly interpolated so that the
centers of the output pixels are 1/4 and 3/4 of the way between input pixel centers.
When rounding, 0.5 is rounded down and up at alternative pixels locations to prevent bias towards
larger values (ordered dither pattern).
Considering adjacent input pixels A, B, and C, B is upsampled to pixels B0 and B1 so that
```
B0 = round_half_down((1/4) * A + (3/4) * B)
B1 = round_half_up((3/4) * B + (1/4) * C)
```
This method,  is the default chroma upsampling method in the well-established libjpeg-turbo library,
also referred as "smooth" or "fancy" upsampling.

Follows ai.onnx opset 28 (operator version 20).
  }];
  let arguments = (ins
    TensorOf<[UI8]>:$encoded_stream,
    DefaultValuedAttr<StrAttr, "\"RGB\"">:$pixel_format
  );
  let results = (outs
    TensorOf<[UI8]>:$image
  );
}

//===----------------------------------------------------------------------===//
// onnx.InstanceNormalization
//===----------------------------------------------------------------------===//

def ONNX_InstanceNormalizationOp : ONNX_Op<"InstanceNormalization", [Pure]> {
  let summary = "Carries out instance normalization as described in the paper https://arxiv.org/abs/1607.08022.";
  let description = [{
Carries out instance normalization as described in the paper
https://arxiv.org/abs/1607.08022.

y = scale * (x - mean) / sqrt(variance + epsilon) + B,
where mean and variance are computed per instance per channel.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input,
    TensorOf<[F32, F64, F16, BF16]>:$scale,
    TensorOf<[F32, F64, F16, BF16]>:$B,
    DefaultValuedAttr<F32Attr, "1.0e-05">:$epsilon
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.IsInf
//===----------------------------------------------------------------------===//

def ONNX_IsInfOp : ONNX_Op<"IsInf", [Pure]> {
  let summary = "Map infinity to true and other values to false.";
  let description = [{
Map infinity to true and other values to false.

Follows ai.onnx opset 28 (operator version 20).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ]>:$X,
    DefaultValuedAttr<I64Attr, "1">:$detect_negative,
    DefaultValuedAttr<I64Attr, "1">:$detect_positive
  );
  let results = (outs
    TensorOf<[I1]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.IsNaN
//===----------------------------------------------------------------------===//

def ONNX_IsNaNOp : ONNX_Op<"IsNaN", [Pure]> {
  let summary = "Returns which elements of the input are NaN.";
  let description = [{
Returns which elements of the input are NaN.

Follows ai.onnx opset 28 (operator version 20).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ]>:$X
  );
  let results = (outs
    TensorOf<[I1]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.LRN
//===----------------------------------------------------------------------===//

def ONNX_LRNOp : ONNX_Op<"LRN", [Pure]> {
  let summary = "Local Response Normalization proposed in the AlexNet paper.";
  let description = [{
Local Response Normalization proposed in the [AlexNet paper](https://papers.nips.cc/paper/4824-imagenet-classification-with-deep-convolutional-neural-networks.pdf).
It normalizes over local input regions.
The local region is defined across the channels. For an element `X[n, c, d1, ..., dk]` in a tensor
of shape `(N x C x D1 x D2, ..., Dk)`, its region is
`{X[n, i, d1, ..., dk] | max(0, c - floor((size - 1) / 2)) <= i <= min(C - 1, c + ceil((size - 1) / 2))}`.

`square_sum[n, c, d1, ..., dk] = sum(X[n, i, d1, ..., dk] ^ 2)`,
where `max(0, c - floor((size - 1) / 2)) <= i <= min(C - 1, c + ceil((size - 1) / 2))`.

`Y[n, c, d1, ..., dk] = X[n, c, d1, ..., dk] / (bias + alpha / size * square_sum[n, c, d1, ..., dk] ) ^ beta`

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    DefaultValuedAttr<F32Attr, "1.0e-04">:$alpha,
    DefaultValuedAttr<F32Attr, "0.75">:$beta,
    DefaultValuedAttr<F32Attr, "1.0">:$bias,
    I64Attr:$size
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.LSTM
//===----------------------------------------------------------------------===//

def ONNX_LSTMOp : ONNX_Op<"LSTM", [Pure]> {
  let summary = "Computes an one-layer LSTM.";
  let description = [{
Computes an one-layer LSTM. This operator is usually supported via some
custom implementation such as CuDNN.

Notations:

* `X` - input tensor
* `i` - input gate
* `o` - output gate
* `f` - forget gate
* `c` - cell gate
* `t` - time step (t-1 means previous time step)
* `W[iofc]` - W parameter weight matrix for input, output, forget, and cell gates
* `R[iofc]` - R recurrence weight matrix for input, output, forget, and cell gates
* `Wb[iofc]` - W bias vectors for input, output, forget, and cell gates
* `Rb[iofc]` - R bias vectors for input, output, forget, and cell gates
* `P[iof]`  - P peephole weight vector for input, output, and forget gates
* `WB[iofc]` - W parameter weight matrix for backward input, output, forget, and cell gates
* `RB[iofc]` - R recurrence weight matrix for backward input, output, forget, and cell gates
* `WBb[iofc]` - W bias vectors for backward input, output, forget, and cell gates
* `RBb[iofc]` - R bias vectors for backward input, output, forget, and cell gates
* `PB[iof]`  - P peephole weight vector for backward input, output, and forget gates
* `H` - Hidden state
* `num_directions` - 2 if direction == bidirectional else 1

Activation functions:

* Relu(x)                - max(0, x)
* Tanh(x)                - (1 - e^{-2x})/(1 + e^{-2x})
* Sigmoid(x)             - 1/(1 + e^{-x})

NOTE: Below are optional

* Affine(x)              - alpha*x + beta
* LeakyRelu(x)           - x if x >= 0 else alpha * x
* ThresholdedRelu(x)     - x if x >= alpha else 0
* ScaledTanh(x)          - alpha*Tanh(beta*x)
* HardSigmoid(x)         - min(max(alpha*x + beta, 0), 1)
* Elu(x)                 - x if x >= 0 else alpha*(e^x - 1)
* Softsign(x)            - x/(1 + |x|)
* Softplus(x)            - log(1 + e^x)

Equations (Default: f=Sigmoid, g=Tanh, h=Tanh):

* it = f(Xt*(Wi^T) + Ht-1*(Ri^T) + Pi (.) Ct-1 + Wbi + Rbi)
* ft = f(Xt*(Wf^T) + Ht-1*(Rf^T) + Pf (.) Ct-1 + Wbf + Rbf)
* ct = g(Xt*(Wc^T) + Ht-1*(Rc^T) + Wbc + Rbc)
* Ct = ft (.) Ct-1 + it (.) ct
* ot = f(Xt*(Wo^T) + Ht-1*(Ro^T) + Po (.) Ct + Wbo + Rbo)
* Ht = ot (.) h(Ct)
This operator has **optional** inputs/outputs. See [the doc](IR.md) for more details about the representation of optional arguments. An empty string may be used in the place of an actual argument's name to indicate a missing argument. Trailing optional arguments (those not followed by an argument that is present) may also be simply omitted.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$W,
    TensorOf<[F32, F64, F16, BF16]>:$R,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$B,
    AnyTypeOf<[TensorOf<[I32]>, NoneType]>:$sequence_lens,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$initial_h,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$initial_c,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$P,
    OptionalAttr<DenseF32ArrayAttr>:$activation_alpha,
    OptionalAttr<DenseF32ArrayAttr>:$activation_beta,
    OptionalAttr<StrArrayAttr>:$activations,
    OptionalAttr<F32Attr>:$clip,
    DefaultValuedAttr<StrAttr, "\"forward\"">:$direction,
    OptionalAttr<I64Attr>:$hidden_size,
    DefaultValuedAttr<I64Attr, "0">:$input_forget,
    DefaultValuedAttr<I64Attr, "0">:$layout
  );
  let results = (outs
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$Y,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$Y_h,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$Y_c
  );
}

//===----------------------------------------------------------------------===//
// onnx.LayerNormalization
//===----------------------------------------------------------------------===//

def ONNX_LayerNormalizationOp : ONNX_Op<"LayerNormalization", [Pure]> {
  let summary = "This is layer normalization defined in ONNX as function.";
  let description = [{
      This is layer normalization defined in ONNX as function.
      The overall computation can be split into two stages.
      The first stage is standardization, which makes the
      normalized elements have zero mean and unit variances.
      The computation required by standardization can be
      described by the following equations.
      ```
      Mean = ReduceMean<axes=normalized_axes>(X)
      D = Sub(X, Mean)
      DD = Mul(D, D)
      Var = ReduceMean<axes=normalized_axes>(DD)
      VarEps = Add(Var, epsilon)
      StdDev = Sqrt(VarEps)
      InvStdDev = Reciprocal(StdDev)
      Normalized = Mul(D, InvStdDev)
      ```
      where `normalized_axes` is `[axis, ..., rank of X - 1]`.
      The variables `Var` and `StdDev` stand for variance and
      standard deviation, respectively. The second output is
      `Mean` and the last one is `InvStdDev`.
      Depending on `stash_type` attribute, the actual computation
      must happen in different floating-point precision.
      For example, if `stash_type` is 1, this operator casts
      all input variables to 32-bit float, perform the computation, and
      finally cast `Normalized` back to the original type of `X`.
      The second stage then scales and shifts the outcome of the
      first stage using
      ```
      NormalizedScaled = Mul(Normalized, Scale)
      Y = Add(NormalizedScaled, B)
      ```
      The second stage doesn't depends on `stash_type`.
      All equations are in [this syntax](https://github.com/onnx/onnx/blob/main/docs/Syntax.md).
      The same variable (i.e., input, output, and attribute) uses
      the same name in the equations above and this operator's definition.
      Let `d[i]` indicate the i-th dimension of `X`.
      If `X`'s shape is `[d[0], ..., d[axis-1], d[axis], ..., d[rank-1]]`,
      the shape of `Mean` and `InvStdDev` is `[d[0], ..., d[axis-1], 1, ..., 1]`.
      `Y` and `X` have the same shape. This operator supports unidirectional broadcasting
      (tensors `Scale` and `B` should be unidirectional broadcastable to tensor `X`);
      for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 17).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$Scale,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$B,
    DefaultValuedAttr<I64Attr, "-1">:$axis,
    DefaultValuedAttr<F32Attr, "1.0e-05">:$epsilon,
    DefaultValuedAttr<I64Attr, "1">:$stash_type
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y,
    AnyTypeOf<[TensorOf<[F32, BF16]>, NoneType]>:$Mean,
    AnyTypeOf<[TensorOf<[F32, BF16]>, NoneType]>:$InvStdDev
  );
}

//===----------------------------------------------------------------------===//
// onnx.LeakyRelu
//===----------------------------------------------------------------------===//

def ONNX_LeakyReluOp : ONNX_Op<"LeakyRelu", [Pure]> {
  let summary = "LeakyRelu takes input data (Tensor<T>) and an argument alpha, and produces one output data (Tensor<T>) where the function f(x) = alpha * x for x < 0, f(x) =...";
  let description = [{
LeakyRelu takes input data (Tensor<T>) and an argument alpha, and produces one
output data (Tensor<T>) where the function `f(x) = alpha * x for x < 0`,
`f(x) = x for x >= 0`, is applied to the data tensor elementwise.

Follows ai.onnx opset 28 (operator version 16).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    DefaultValuedAttr<F32Attr, "0.01">:$alpha
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Less
//===----------------------------------------------------------------------===//

def ONNX_LessOp : ONNX_Op<"Less", [Pure]> {
  let summary = "Returns the tensor resulted from performing the less logical operation elementwise on the input tensors A and B (with Numpy-style broadcasting support).";
  let description = [{
Returns the tensor resulted from performing the `less` logical operation
elementwise on the input tensors `A` and `B` (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$A,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$B
  );
  let results = (outs
    TensorOf<[I1]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.LessOrEqual
//===----------------------------------------------------------------------===//

def ONNX_LessOrEqualOp : ONNX_Op<"LessOrEqual", [Pure]> {
  let summary = "Returns the tensor resulted from performing the less_equal logical operation elementwise on the input tensors A and B (with Numpy-style broadcasting support).";
  let description = [{
Returns the tensor resulted from performing the `less_equal` logical operation
elementwise on the input tensors `A` and `B` (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 16).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$A,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$B
  );
  let results = (outs
    TensorOf<[I1]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.LinearAttention
//===----------------------------------------------------------------------===//

def ONNX_LinearAttentionOp : ONNX_Op<"LinearAttention", [Pure]> {
  let summary = "Unified linear attention operator for autoregressive decoding (T=1) and prefill (T>1).";
  let description = [{
Unified linear attention operator for autoregressive decoding (T=1) and prefill (T>1).

The query, key, value, and (where applicable) decay/beta inputs use 3D packed format
[B, T, H*D], where heads are flattened into the last dimension; q_num_heads and
kv_num_heads are always required and are used to unpack to 4D internally for computation.
The optional past_state and present_state are 4D with shape (B, H_kv, d_k, d_v).

Group-query attention (GQA) is supported: q_num_heads must be a positive multiple of
kv_num_heads. When q_num_heads == kv_num_heads this reduces to multi-headed linear
attention; when q_num_heads > kv_num_heads each KV head (and its recurrent state) is
shared by `q_num_heads / kv_num_heads` query heads (multi-query attention is the
special case kv_num_heads == 1).

The update_rule attribute selects the recurrence type:
- "linear": S_t = S_{t-1} + k_t ⊗ v_t; o_t = scale * q_t^T S_t
- "gated": S_t = exp(g_t) * S_{t-1} + k_t ⊗ v_t; o_t = scale * q_t^T S_t
- "delta": S_t = S_{t-1} + β_t * k_t ⊗ (v_t - S_{t-1}^T k_t); o_t = scale * q_t^T S_t
- "gated_delta": S_t = exp(g_t) * S_{t-1} + β_t * k_t ⊗ (v_t - exp(g_t) * S_{t-1}^T k_t); o_t = scale * q_t^T S_t

where g_t is the decay (in log-space), β_t is the update rate, and ⊗ denotes outer product.

Semantics: Equivalent to running the recurrent update sequentially for each token,
but may be implemented using chunk-parallel algorithms for GPU efficiency.

Follows ai.onnx opset 28 (operator version 27).
  }];
  let arguments = (ins
    TensorOf<[F32, F16, BF16]>:$query,
    TensorOf<[F32, F16, BF16]>:$key,
    TensorOf<[F32, F16, BF16]>:$value,
    AnyTypeOf<[TensorOf<[F32, F16, BF16]>, NoneType]>:$past_state,
    AnyTypeOf<[TensorOf<[F32, F16, BF16]>, NoneType]>:$decay,
    AnyTypeOf<[TensorOf<[F32, F16, BF16]>, NoneType]>:$beta,
    DefaultValuedAttr<I64Attr, "64">:$chunk_size,
    I64Attr:$kv_num_heads,
    I64Attr:$q_num_heads,
    DefaultValuedAttr<F32Attr, "0.0">:$scale,
    DefaultValuedAttr<StrAttr, "\"gated_delta\"">:$update_rule
  );
  let results = (outs
    TensorOf<[F32, F16, BF16]>:$output,
    TensorOf<[F32, F16, BF16]>:$present_state
  );
}

//===----------------------------------------------------------------------===//
// onnx.Log
//===----------------------------------------------------------------------===//

def ONNX_LogOp : ONNX_Op<"Log", [Pure]> {
  let summary = "Calculates the natural log of the given input tensor, element-wise.";
  let description = [{
Calculates the natural log of the given input tensor, element-wise.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.LogSoftmax
//===----------------------------------------------------------------------===//

def ONNX_LogSoftmaxOp : ONNX_Op<"LogSoftmax", [Pure]> {
  let summary = "The operator computes the log of softmax values for the given input.";
  let description = [{
The operator computes the log of softmax values for the given input:

 LogSoftmax(input, axis) = Log(Softmax(input, axis=axis))

The "axis" attribute indicates the dimension along which LogSoftmax
will be performed. The output tensor has the same shape
and contains the LogSoftmax values of the corresponding input.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input,
    DefaultValuedAttr<I64Attr, "-1">:$axis
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Loop
//===----------------------------------------------------------------------===//

def ONNX_LoopOp : ONNX_Op<"Loop", []> {
  let summary = "Generic Looping construct.";
  let description = [{
Generic Looping construct. This loop has multiple termination conditions:

1) Trip count. Iteration count specified at runtime. Set by
   specifying the input M. Optional. Set to empty string to omit.
   Note that a static trip count (specified at graph construction time) can be
   specified by passing in a constant node for input M.
2) Loop termination condition. This is an input to the op that determines
   whether to run the first iteration and also a loop-carried dependency for
   the body graph. The body graph must yield a value for the condition variable,
   whether this input is provided or not.

This table summarizes the operating modes of this operator with equivalent
C-style code:

Operator inputs defined as (max_trip_count, condition_var).

* input ("", ""):
        for (int i=0; ; ++i) {
          cond = ... // Note this value is ignored, but is required in the body
        }

* input ("", cond) // Note this is analogous to a while loop
        bool cond = ...;
        for (int i=0; cond; ++i) {
          cond = ...;
        }

* input ("", 1) // Note this is analogous to a do-while loop
        bool cond = true
        for (int i=0; cond; ++i) {
          cond = ...;
        }

* input (trip_count, "") // Note this is analogous to a for loop
        int trip_count = ...
        for (int i=0; i < trip_count; ++i) {
          cond = ...; // ignored
        }

* input (trip_count, cond)
        int trip_count = ...;
        bool cond = ...;
        for (int i=0; i < trip_count && cond; ++i) {
          cond = ...;
        }


*Sample usage - cond as well as trip count*

    graph predict-net {
      %a = Constant[value = <Scalar Tensor [3]>]()
      %b = Constant[value = <Scalar Tensor [6]>]()
      %keepgoing = Constant[value = <Scalar Tensor [1]>]()
      %max_trip_count = Constant[value = <Scalar Tensor [10]>]()
      %keepgoing_out, %b_out, %user_defined_vals = Loop[body = <graph body-net>](%max_trip_count, %keepgoing, %b)
      return
    }

    graph body-net (
      %i[INT32, scalar]           // iteration number
      %keepgoing_in[BOOL, scalar] // incoming loop-termination-condition; not used
      %b_in[INT32, scalar]        // incoming value of loop-carried-dependency b
    ) {
      %my_local = Add(%a, %b_in)
      %b_out = Sub(%a, %b_in) // outgoing value of loop-carried-dependency b
      %keepgoing_out = Greater(%my_local, %b_out) // outgoing loop-termination-condition
      %user_defined_val = Add(%b_in, %b_in) // scan-output value to be accumulated
      return %keepgoing_out, %b_out, %user_defined_val
    }

*Sample equivalent C code*

    {
      /* User-defined code (enclosing scope) */
      int a = 3, b = 6;
      bool keepgoing = true; // Analogous to input cond
      /* End user-defined code */

      /* Implicitly-defined code */
      const int max_trip_count = 10; // Analogous to input M
      int user_defined_vals[]; // Imagine this is resizable
      /* End implicitly-defined code */
      /* initialize loop-carried variables and scan-output variables */
      bool keepgoing_out = keepgoing
      int b_out = b

      for (int i=0; i < max_trip_count && keepgoing_out; ++i) {
        /* Implicitly-defined code: bind actual parameter values
           to formal parameter variables of loop-body */
        bool keepgoing_in = keepgoing_out;
        bool b_in = b_out;

        /* User-defined code (loop body) */
        int my_local = a + b_in; // Reading value "a" from the enclosing scope is fine
        b_out = a - b_in;
        keepgoing_out = my_local > b_out;
        user_defined_val = b_in + b_in; // b_in and b_out are different variables
        /* End user-defined code */

        /* Implicitly defined-code */
        user_defined_vals[i] = user_defined_val // accumulate scan-output values
      }
      // int t = my_local; // Can't do this. my_local is not accessible here.

      // The values below are bound to the output variables of the loop and therefore accessible
      // b_out; user_defined_vals; keepgoing_out;
    }

There are several things of note in this code snippet:

1) Values from the enclosing scope (i.e. variable "a" here) are in scope and can
   be referenced in the inputs of the loop.
2) Any values computed in the loop body that needs to be used in a subsequent
   iteration or after the loop are modeled using a pair of variables in the loop-body,
   consisting of an input variable (eg., b_in) and an output variable (eg., b_out).
   These are referred to as loop-carried dependences. The loop operation node
   supplies the input value of the input variable for the first iteration, and
   returns the output value of the output variable produced by the final
   iteration.
3) Scan_output variables are used to implicitly concatenate values computed across
   all the iterations. In the above example, the value of user_defined_val computed
   over all iterations are concatenated and returned as the value of user_defined_vals
   after the loop.
4) Values created in the body cannot be accessed in the enclosing scope,
   except using the mechanism described above.

Note that the semantics of this op support "diagonal" or "wavefront" execution.
(See Step 3 here for an example:
https://devblogs.nvidia.com/optimizing-recurrent-neural-networks-cudnn-5/).
Frontends should emit multi-layer RNNs as a series of While operators (with
time being the inner looping dimension), with each successive layer consuming
the scan_outputs from the previous layer, possibly going through several
point-wise operators (e.g. dropout, residual connections, linear layer).

The input/output of subgraph (produced by loop node) matching is based on order instead of name. The implementation will figure out the names based on this order.

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$M,
    AnyTypeOf<[TensorOf<[I1]>, NoneType]>:$cond,
    Variadic<AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32,
        UI64, I1, ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>, ONNX_SeqType,
        ONNX_OptType]>>:$v_initial
  );
  let results = (outs
    Variadic<AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32,
        UI64, I1, ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>, ONNX_SeqType,
        ONNX_OptType]>>:$v_final_and_scan_outputs
  );
  let regions = (region
    SizedRegion<1>:$body
  );
}

//===----------------------------------------------------------------------===//
// onnx.LpNormalization
//===----------------------------------------------------------------------===//

def ONNX_LpNormalizationOp : ONNX_Op<"LpNormalization", [Pure]> {
  let summary = "Given a matrix, apply Lp-normalization along the provided axis.";
  let description = [{
Given a matrix, apply Lp-normalization along the provided axis.
The output is computed as: `output = input / Lp_norm(input, axis)`.
When the Lp norm is zero (i.e., all elements along the axis are zero),
the output is defined to be zero to avoid division by zero.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input,
    DefaultValuedAttr<I64Attr, "-1">:$axis,
    DefaultValuedAttr<I64Attr, "2">:$p
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.LpPool
//===----------------------------------------------------------------------===//

def ONNX_LpPoolOp : ONNX_Op<"LpPool", [Pure]> {
  let summary = "LpPool consumes an input tensor X and applies Lp pooling across the tensor according to kernel sizes, stride sizes, and pad lengths.";
  let description = [{
 LpPool consumes an input tensor X and applies Lp pooling across
 the tensor according to kernel sizes, stride sizes, and pad lengths.
 Lp pooling consisting of computing the Lp norm on all values of a subset
 of the input tensor according to the kernel size and downsampling the
 data into the output tensor Y for further processing. The output spatial shape will be following:
 ```
 output_spatial_shape[i] = floor((input_spatial_shape[i] + pad_shape[i] - {kernelSpatialShape}) / strides_spatial_shape[i] + 1)
 ```
 or
 ```
 output_spatial_shape[i] = ceil((input_spatial_shape[i] + pad_shape[i] - {kernelSpatialShape}) / strides_spatial_shape[i] + 1)
 ```
 if ceil_mode is enabled `pad_shape[i]` is the sum of pads along axis `i`.

 `auto_pad` is a DEPRECATED attribute. If you are using them currently, the output spatial shape will be following:
 ```
 VALID: output_spatial_shape[i] = ceil((input_spatial_shape[i] - {kernelSpatialShape} + 1) / strides_spatial_shape[i])
 SAME_UPPER or SAME_LOWER: output_spatial_shape[i] = ceil(input_spatial_shape[i] / strides_spatial_shape[i])
 ```
 And pad shape will be following if `SAME_UPPER` or `SAME_LOWER`:
 ```
 pad_shape[i] = (output_spatial_shape[i] - 1) * strides_spatial_shape[i] + {kernelSpatialShape} - input_spatial_shape[i]
 ```

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
    DefaultValuedAttr<I64Attr, "0">:$ceil_mode,
    OptionalAttr<DenseI64ArrayAttr>:$dilations,
    DenseI64ArrayAttr:$kernel_shape,
    DefaultValuedAttr<I64Attr, "2">:$p,
    OptionalAttr<DenseI64ArrayAttr>:$pads,
    OptionalAttr<DenseI64ArrayAttr>:$strides
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.MatMul
//===----------------------------------------------------------------------===//

def ONNX_MatMulOp : ONNX_Op<"MatMul", [Pure]> {
  let summary = "Matrix product that behaves like numpy.matmul.";
  let description = [{
Matrix product that behaves like [numpy.matmul](https://numpy.org/doc/stable/reference/generated/numpy.matmul.html).

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$A,
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$B
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.MatMulInteger
//===----------------------------------------------------------------------===//

def ONNX_MatMulIntegerOp : ONNX_Op<"MatMulInteger", [Pure]> {
  let summary = "Matrix product that behaves like numpy.matmul.";
  let description = [{
Matrix product that behaves like [numpy.matmul](https://numpy.org/doc/stable/reference/generated/numpy.matmul.html).
The production MUST never overflow. The accumulation may overflow if and only if in 32 bits.

Follows ai.onnx opset 28 (operator version 10).
  }];
  let arguments = (ins
    TensorOf<[I8, UI8]>:$A,
    TensorOf<[I8, UI8]>:$B,
    AnyTypeOf<[TensorOf<[I8, UI8]>, NoneType]>:$a_zero_point,
    AnyTypeOf<[TensorOf<[I8, UI8]>, NoneType]>:$b_zero_point
  );
  let results = (outs
    TensorOf<[I32]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Max
//===----------------------------------------------------------------------===//

def ONNX_MaxOp : ONNX_Op<"Max", [Pure]> {
  let summary = "Element-wise max of each of the input tensors (with Numpy-style broadcasting support).";
  let description = [{
Element-wise max of each of the input tensors (with Numpy-style broadcasting support).
All inputs and outputs must have the same data type.
This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    Variadic<TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32,
        UI64]>>:$data_0
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$max
  );
}

//===----------------------------------------------------------------------===//
// onnx.MaxPool
//===----------------------------------------------------------------------===//

def ONNX_MaxPoolOp : ONNX_Op<"MaxPool", [Pure]> {
  let summary = "MaxPool consumes an input tensor X and applies max pooling across the tensor according to kernel sizes, stride sizes, and pad lengths. max pooling...";
  let description = [{
 MaxPool consumes an input tensor X and applies max pooling across
 the tensor according to kernel sizes, stride sizes, and pad lengths.
 max pooling consisting of computing the max on all values of a
 subset of the input tensor according to the kernel size and downsampling the
 data into the output tensor Y for further processing. The output spatial shape is calculated differently
 depending on whether explicit padding is used, where pads is employed, or auto padding is used, where auto_pad is utilized.
 With explicit padding (https://pytorch.org/docs/stable/generated/torch.nn.MaxPool2d.html?highlight=maxpool#torch.nn.MaxPool2d):
 ```
 output_spatial_shape[i] = floor((input_spatial_shape[i] + pad_shape[i] - dilation[i] * (kernel_shape[i] - 1) - 1) / strides_spatial_shape[i] + 1)
 ```
 or
 ```
 output_spatial_shape[i] = ceil((input_spatial_shape[i] + pad_shape[i] - dilation[i] * (kernel_shape[i] - 1) - 1) / strides_spatial_shape[i] + 1)
 ```
 if ceil_mode is enabled. `pad_shape[i]` is the sum of pads along axis `i`. Sliding windows that would start in the right padded region are ignored.

 `auto_pad` is a DEPRECATED attribute. If you are using them currently, the output spatial shape will be following when ceil_mode is enabled:
 ```
 VALID: output_spatial_shape[i] = ceil((input_spatial_shape[i] - ((kernel_spatial_shape[i] - 1) * dilations[i] + 1) + 1) / strides_spatial_shape[i])
 SAME_UPPER or SAME_LOWER: output_spatial_shape[i] = ceil(input_spatial_shape[i] / strides_spatial_shape[i])
 ```
 or when ceil_mode is disabled (https://www.tensorflow.org/api_docs/python/tf/keras/layers/AveragePooling2D):
 ```
 VALID: output_spatial_shape[i] = floor((input_spatial_shape[i] - ((kernel_spatial_shape[i] - 1) * dilations[i] + 1)) / strides_spatial_shape[i]) + 1
 SAME_UPPER or SAME_LOWER: output_spatial_shape[i] = floor((input_spatial_shape[i] - 1) / strides_spatial_shape[i]) + 1
 ```
 And pad shape will be following if `SAME_UPPER` or `SAME_LOWER`:
 ```
 pad_shape[i] = (output_spatial_shape[i] - 1) * strides_spatial_shape[i] + ((kernel_spatial_shape[i] - 1) * dilations[i] + 1) - input_spatial_shape[i]
 ```
 The output of each pooling window is maximum number of elements exclude pad.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, UI8]>:$X,
    DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
    DefaultValuedAttr<I64Attr, "0">:$ceil_mode,
    OptionalAttr<DenseI64ArrayAttr>:$dilations,
    DenseI64ArrayAttr:$kernel_shape,
    OptionalAttr<DenseI64ArrayAttr>:$pads,
    DefaultValuedAttr<I64Attr, "0">:$storage_order,
    OptionalAttr<DenseI64ArrayAttr>:$strides
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, UI8]>:$Y,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$Indices
  );
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// onnx.MaxRoiPool
//===----------------------------------------------------------------------===//

def ONNX_MaxRoiPoolOp : ONNX_Op<"MaxRoiPool", [Pure]> {
  let summary = "ROI max pool consumes an input tensor X and region of interests (RoIs) to apply max pooling across each RoI, to produce output 4-D tensor of shape...";
  let description = [{
 ROI max pool consumes an input tensor X and region of interests (RoIs) to
 apply max pooling across each RoI, to produce output 4-D tensor of shape
 (num_rois, channels, pooled_shape[0], pooled_shape[1]).

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$rois,
    DenseI64ArrayAttr:$pooled_shape,
    DefaultValuedAttr<F32Attr, "1.0">:$spatial_scale
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.MaxUnpool
//===----------------------------------------------------------------------===//

def ONNX_MaxUnpoolOp : ONNX_Op<"MaxUnpool", [Pure]> {
  let summary = "MaxUnpool essentially computes the partial inverse of the MaxPool op.";
  let description = [{
MaxUnpool essentially computes the partial inverse of the MaxPool op.
 The input information to this op is typically the output information from a MaxPool op. The first
 input tensor X is the tensor that needs to be unpooled, which is typically the pooled tensor (first output)
 from MaxPool. The second input tensor, I, contains the indices to the (locally maximal) elements corresponding
 to the elements in the first input tensor X. Input tensor I is typically the second output of the MaxPool op.
 The third (optional) input is a tensor that specifies the output size of the unpooling operation.

MaxUnpool is intended to do 'partial' inverse of the MaxPool op. 'Partial' because all the non-maximal
 values from the original input to MaxPool are set to zero in the output of the MaxUnpool op. Pooling
 the result of an unpooling operation should give back the original input to the unpooling op.

MaxUnpool can produce the same output size for several input sizes, which makes unpooling op ambiguous.
 The third input argument, output_size, is meant to disambiguate the op and produce output tensor of
 known/predictable size.

In addition to the inputs, MaxUnpool takes three attributes, namely kernel_shape, strides, and pads,
 which define the exact unpooling op. The attributes typically have the same values as the corresponding
 pooling op that the unpooling op is trying to invert.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[I64]>:$I,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$output_shape,
    DenseI64ArrayAttr:$kernel_shape,
    OptionalAttr<DenseI64ArrayAttr>:$pads,
    OptionalAttr<DenseI64ArrayAttr>:$strides
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Mean
//===----------------------------------------------------------------------===//

def ONNX_MeanOp : ONNX_Op<"Mean", [Pure]> {
  let summary = "Element-wise mean of each of the input tensors (with Numpy-style broadcasting support).";
  let description = [{
Element-wise mean of each of the input tensors (with Numpy-style broadcasting support).
All inputs and outputs must have the same data type.
This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    Variadic<TensorOf<[F32, F64, F16, BF16]>>:$data_0
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$mean
  );
}

//===----------------------------------------------------------------------===//
// onnx.MeanVarianceNormalization
//===----------------------------------------------------------------------===//

def ONNX_MeanVarianceNormalizationOp : ONNX_Op<"MeanVarianceNormalization", [Pure]> {
  let summary = "A MeanVarianceNormalization Function: Perform mean variance normalization on the input tensor X using formula: (X-EX)/sqrt(E(X-EX)^2).";
  let description = [{
      A MeanVarianceNormalization Function: Perform mean variance normalization
      on the input tensor X using formula: `(X-EX)/sqrt(E(X-EX)^2)`

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    OptionalAttr<DenseI64ArrayAttr>:$axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.MelWeightMatrix
//===----------------------------------------------------------------------===//

def ONNX_MelWeightMatrixOp : ONNX_Op<"MelWeightMatrix", [Pure]> {
  let summary = "Generate a MelWeightMatrix that can be used to re-weight a Tensor containing a linearly sampled frequency spectra (from DFT or STFT) into num_mel_bins...";
  let description = [{
Generate a MelWeightMatrix that can be used to re-weight a Tensor containing a linearly sampled frequency spectra (from DFT or STFT) into num_mel_bins frequency information based on the [lower_edge_hertz, upper_edge_hertz] range on the mel scale.
This function defines the mel scale in terms of a frequency in hertz according to the following formula:

    mel(f) = 2595 * log10(1 + f/700)

In the returned matrix, all the triangles (filterbanks) have a peak value of 1.0.

The returned MelWeightMatrix can be used to right-multiply a spectrogram S of shape [frames, num_spectrogram_bins] of linear scale spectrum values (e.g. STFT magnitudes) to generate a "mel spectrogram" M of shape [frames, num_mel_bins].

Follows ai.onnx opset 28 (operator version 17).
  }];
  let arguments = (ins
    TensorOf<[I32, I64]>:$num_mel_bins,
    TensorOf<[I32, I64]>:$dft_length,
    TensorOf<[I32, I64]>:$sample_rate,
    TensorOf<[F32, F64, F16, BF16]>:$lower_edge_hertz,
    TensorOf<[F32, F64, F16, BF16]>:$upper_edge_hertz,
    DefaultValuedAttr<I64Attr, "1">:$output_datatype
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Min
//===----------------------------------------------------------------------===//

def ONNX_MinOp : ONNX_Op<"Min", [Pure]> {
  let summary = "Element-wise min of each of the input tensors (with Numpy-style broadcasting support).";
  let description = [{
Element-wise min of each of the input tensors (with Numpy-style broadcasting support).
All inputs and outputs must have the same data type.
This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    Variadic<TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32,
        UI64]>>:$data_0
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$min
  );
}

//===----------------------------------------------------------------------===//
// onnx.Mish
//===----------------------------------------------------------------------===//

def ONNX_MishOp : ONNX_Op<"Mish", [Pure]> {
  let summary = "Mish: A Self Regularized Non-Monotonic Neural Activation Function.";
  let description = [{
Mish: A Self Regularized Non-Monotonic Neural Activation Function.

Perform the linear unit element-wise on the input tensor X using formula:

```
mish(x) = x * tanh(softplus(x)) = x * tanh(ln(1 + e^{x}))
```

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Mod
//===----------------------------------------------------------------------===//

def ONNX_ModOp : ONNX_Op<"Mod", [Pure]> {
  let summary = "Performs an element-wise binary modulo operation.";
  let description = [{
Performs an element-wise binary modulo operation.
The `fmod` attribute determines how the quotient is rounded. Its value must be
`0` (default) or `1`.

If `fmod` is `0`, the output is calculated as `A - floor(A / B) * B`.
The result has the same sign as `B`.
For floating-point inputs, the following special cases apply:
- If `x` is `±0` and `y` is nonzero, `±0` with the sign of `y` is returned.
- If `x` is `±∞` and `y` is not `NaN`, `NaN` is returned.
- If `y` is `±0` and `x` is not `NaN`, `NaN` is returned.
- If `y` is `±∞` and `x` is finite and nonzero, `x` is returned when `x` and
  `y` have the same sign; otherwise, `y` is returned.
- If either argument is `NaN`, `NaN` is returned.

If `fmod` is `1`, the output is calculated as `A - trunc(A / B) * B`.
The result has the same sign as `A`, except that either signed zero may be
returned when `A` is `-0` and `B` is positive. For floating-point inputs,
the following special cases apply:
- If `x` is `-0` and `y` is greater than zero, either `+0` or `-0` may be returned.
- If `x` is `±∞` and `y` is not `NaN`, `NaN` is returned.
- If `y` is `±0` and `x` is not `NaN`, `NaN` should be returned.
- If `y` is `±∞` and `x` is finite, `x` is returned.
- If either argument is `NaN`, `NaN` is returned.

This operator supports **multidirectional (i.e., NumPy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$A,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$B,
    DefaultValuedAttr<I64Attr, "0">:$fmod
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.Mul
//===----------------------------------------------------------------------===//

def ONNX_MulOp : ONNX_Op<"Mul", [Pure]> {
  let summary = "Performs element-wise binary multiplication (with Numpy-style broadcasting support).";
  let description = [{
Performs element-wise binary multiplication (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

(Opset 14 change): Extend supported types to include uint8, int8, uint16, and int16.

Follows ai.onnx opset 28 (operator version 14).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$A,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$B
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.Multinomial
//===----------------------------------------------------------------------===//

def ONNX_MultinomialOp : ONNX_Op<"Multinomial", []> {
  let summary = "Generate a tensor of samples from a multinomial distribution according to the probabilities of each of the possible outcomes.";
  let description = [{
Generate a tensor of samples from a multinomial distribution according to the probabilities
of each of the possible outcomes.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input,
    DefaultValuedAttr<I64Attr, "6">:$dtype,
    DefaultValuedAttr<I64Attr, "1">:$sample_size,
    OptionalAttr<F32Attr>:$seed
  );
  let results = (outs
    TensorOf<[I32, I64]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Neg
//===----------------------------------------------------------------------===//

def ONNX_NegOp : ONNX_Op<"Neg", [Pure]> {
  let summary = "Neg takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where each element flipped sign, y = -x, is applied to the tensor elementwise.";
  let description = [{
Neg takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where each element flipped sign, y = -x, is applied to
the tensor elementwise.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.NegativeLogLikelihoodLoss
//===----------------------------------------------------------------------===//

def ONNX_NegativeLogLikelihoodLossOp : ONNX_Op<"NegativeLogLikelihoodLoss", [Pure]> {
  let summary = "A NegativeLogLikelihoodLoss operator computes (weighted) negative log likelihood loss.";
  let description = [{
A NegativeLogLikelihoodLoss operator computes (weighted) negative log likelihood loss.
Its "input" tensor has the shape of (N, C, d1, d2, ..., dk) where k >= 0.
The "input" tensor contains log-probabilities for input[n, :, d_1, d_2,..., d_k] being in a class of [0, C).
The operator's "target" input tensor has the shape of (N, d1, d2, ..., dk). It encodes class labels (one of C classes)
or it may contain a special value (indicated by an attribute ignore_index) for N x d1 x d2 x ... x dk samples.
The loss value for input[n, :, d_1, d_2,...d_k] being classified as class c = target[n][d_1][d_2]...[d_k] is computed as:

```
loss[n][d_1][d_2]...[d_k] = -input[n][c][d_1][d_2]...[d_k].
```

When an optional "weight" is provided, the sample loss is calculated as:

```
loss[n][d_1][d_2]...[d_k] = -input[n][c][d_1][d_2]...[d_k] * weight[c].
```

loss is zero for the case when target-value equals ignore_index.

```
loss[n][d_1][d_2]...[d_k] = 0, when target[n][d_1][d_2]...[d_k] = ignore_index
```

If "reduction" attribute is set to "none", the operator's output will be the above loss with shape (N, d1, d2, ..., dk).
If "reduction" attribute is set to "mean" (the default attribute value), the output loss is (weight) averaged:

```
mean(loss), if "weight" is not provided,
```

or if weight is provided,

```
sum(loss) / sum(weight[target[n][d_1][d_2]...[d_k]]]), for all samples.
```

If "reduction" attribute is set to "sum", the output is a scalar: `sum(loss)`.

See also https://pytorch.org/docs/stable/nn.html#torch.nn.NLLLoss.

Example 1:

```
// negative log likelihood loss, "none" reduction
N, C, d1 = 2, 3, 2
input = [[[1.0, 2.0], [2.0, 2.0], [3.0, 2.0]],
          [[0.0, 1.0], [2.0, 2.0], [1.0, 2]]]
target = [[2, 1], [0, 2]]

loss = np.zeros((N, d1))
for n in range(N):
    for d_1 in range(d1):
        c = target[n][d_1]
        loss[n][d_1] = -input[n][c][d_1]

// print(loss)
// [[-3. -2.]
//  [-0. -2.]]
```

Example 2:

```
// weighted negative log likelihood loss, sum reduction
N, C, d1 = 2, 3, 2
input = [[[1.0, 2.0], [2.0, 2.0], [3.0, 2.0]],
        [[0.0, 1.0], [2.0, 2.0], [1.0, 2]]]
target = [[2, 1], [0, 2]]
weight = [0.2, 0.3, 0.1]
loss = np.zeros((N, d1))
for n in range(N):
    for d_1 in range(d1):
        c = target[n][d_1]
        loss[n][d_1] = -input[n][c][d_1] * weight[c]

loss = np.sum(loss)
// print(loss)
// -1.1
```

Example 3:

```
// weighted negative log likelihood loss, mean reduction
N, C, d1 = 2, 3, 2
input = [[[1.0, 2.0], [2.0, 2.0], [3.0, 2.0]],
        [[0.0, 1.0], [2.0, 2.0], [1.0, 2]]]
target = [[2, 1], [0, 2]]
weight = [0.2, 0.3, 0.1]
loss = np.zeros((N, d1))
weight_total = 0
for n in range(N):
    for d_1 in range(d1):
        c = target[n][d_1]
        loss[n][d_1] = -input[n][c][d_1] * weight[c]
        weight_total = weight_total + weight[c]

loss = np.sum(loss) / weight_total
// print(loss)
// -1.57
```

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input,
    TensorOf<[I32, I64]>:$target,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$weight,
    OptionalAttr<I64Attr>:$ignore_index,
    DefaultValuedAttr<StrAttr, "\"mean\"">:$reduction
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$loss
  );
}

//===----------------------------------------------------------------------===//
// onnx.NonMaxSuppression
//===----------------------------------------------------------------------===//

def ONNX_NonMaxSuppressionOp : ONNX_Op<"NonMaxSuppression", [Pure]> {
  let summary = "Filter out boxes that have high intersection-over-union (IOU) overlap with previously selected boxes.";
  let description = [{
Filter out boxes that have high intersection-over-union (IOU) overlap with previously selected boxes.
Bounding boxes with score less than score_threshold are removed. Bounding box format is indicated by attribute center_point_box.
Boxes are suppressed if their IOU with a previously selected box is strictly greater than iou_threshold (i.e., boxes with IOU exactly equal to the threshold are kept).
Note that this algorithm is agnostic to where the origin is in the coordinate system and more generally is invariant to
orthogonal transformations and translations of the coordinate system; thus translating or reflections of the coordinate system
result in the same boxes being selected by the algorithm.
The selected_indices output is a set of integers indexing into the input collection of bounding boxes representing the selected boxes.
The bounding box coordinates corresponding to the selected indices can then be obtained using the Gather or GatherND operation.

Follows ai.onnx opset 28 (operator version 11).
  }];
  let arguments = (ins
    TensorOf<[F32]>:$boxes,
    TensorOf<[F32]>:$scores,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$max_output_boxes_per_class,
    AnyTypeOf<[TensorOf<[F32]>, NoneType]>:$iou_threshold,
    AnyTypeOf<[TensorOf<[F32]>, NoneType]>:$score_threshold,
    DefaultValuedAttr<I64Attr, "0">:$center_point_box
  );
  let results = (outs
    TensorOf<[I64]>:$selected_indices
  );
}

//===----------------------------------------------------------------------===//
// onnx.NonZero
//===----------------------------------------------------------------------===//

def ONNX_NonZeroOp : ONNX_Op<"NonZero", [Pure]> {
  let summary = "Returns the indices of the elements that are non-zero (in row-major order - by dimension).";
  let description = [{
    Returns the indices of the elements that are non-zero
    (in row-major order - by dimension).
    NonZero behaves similar to numpy.nonzero:
    https://docs.scipy.org/doc/numpy/reference/generated/numpy.nonzero.html,
    but for scalar input, NonZero produces output shape (0, N) instead of (1, N), which is different from Numpy's behavior.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$X
  );
  let results = (outs
    TensorOf<[I64]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Not
//===----------------------------------------------------------------------===//

def ONNX_NotOp : ONNX_Op<"Not", [Pure]> {
  let summary = "Returns the negation of the input tensor element-wise.";
  let description = [{
Returns the negation of the input tensor element-wise.

Follows ai.onnx opset 28 (operator version 1).
  }];
  let arguments = (ins
    TensorOf<[I1]>:$X
  );
  let results = (outs
    TensorOf<[I1]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.OneHot
//===----------------------------------------------------------------------===//

def ONNX_OneHotOp : ONNX_Op<"OneHot", [Pure]> {
  let summary = "Produces a one-hot tensor based on inputs.";
  let description = [{
    Produces a one-hot tensor based on inputs.
    The locations represented by the index values in the 'indices' input tensor will have 'on_value'
    and the other locations will have 'off_value' in the output tensor, where 'on_value' and 'off_value'
    are specified as part of required input argument 'values', which is a two-element tensor of format
    [off_value, on_value]. The rank of the output tensor will be one greater than the rank of the
    input tensor. The additional dimension is for one-hot representation. The additional dimension will
    be inserted at the position specified by 'axis'. If 'axis' is not specified then the additional
    dimension will be inserted as the innermost dimension, i.e. axis=-1. The size of the additional
    dimension is specified by required scalar input 'depth'. The type of the output tensor is the same
    as the type of the 'values' input. Any entries in the 'indices' input tensor with values outside
    the range [-depth, depth-1] will result in one-hot representation with all 'off_value' values in the
    output tensor.

    when axis = 0:
    output[input[i, j, k], i, j, k] = 1 for all i, j, k and 0 otherwise.

    when axis = -1:
    output[i, j, k, input[i, j, k]] = 1 for all i, j, k and 0 otherwise.

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$indices,
    TensorOf<[F32, F64, F16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$depth,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$values,
    DefaultValuedAttr<I64Attr, "-1">:$axis
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Optional
//===----------------------------------------------------------------------===//

// attribute 'type' is named 'type_' (reserved name or C++ keyword).
def ONNX_OptionalOp : ONNX_Op<"Optional", [Pure]> {
  let summary = "Constructs an optional-type value containing either an empty optional of a certain type specified by the attribute, or a non-empty value containing the...";
  let description = [{
Constructs an optional-type value containing either an empty optional of a certain type specified by the attribute,
or a non-empty value containing the input element.

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F6E2M3FN, F6E3M2FN, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>,
        ONNX_SeqType, NoneType]>:$input,
    OptionalAttr<TypeAttr>:$type_
  );
  let results = (outs
    ONNX_OptType:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.OptionalGetElement
//===----------------------------------------------------------------------===//

def ONNX_OptionalGetElementOp : ONNX_Op<"OptionalGetElement", [Pure]> {
  let summary = "If the input is a tensor or sequence type, it returns the input.";
  let description = [{
If the input is a tensor or sequence type, it returns the input.
If the input is an optional type, it outputs the element in the input.
It is an error if the input is an empty optional-type (i.e. does not have an element) and the behavior is undefined in this case.

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F6E2M3FN, F6E3M2FN, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>,
        ONNX_SeqType, ONNX_OptType]>:$input
  );
  let results = (outs
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F6E2M3FN, F6E3M2FN, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>,
        ONNX_SeqType]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.OptionalHasElement
//===----------------------------------------------------------------------===//

def ONNX_OptionalHasElementOp : ONNX_Op<"OptionalHasElement", [Pure]> {
  let summary = "Returns true if (1) the input is an optional-type and contains an element, or, (2) the input is a tensor or sequence type.";
  let description = [{
Returns true if (1) the input is an optional-type and contains an element,
or, (2) the input is a tensor or sequence type.
If the input is not provided or is an empty optional-type, this op returns false.

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F6E2M3FN, F6E3M2FN, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>,
        ONNX_SeqType, ONNX_OptType, NoneType]>:$input
  );
  let results = (outs
    TensorOf<[I1]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Or
//===----------------------------------------------------------------------===//

def ONNX_OrOp : ONNX_Op<"Or", [Pure]> {
  let summary = "Returns the tensor resulted from performing the or logical operation elementwise on the input tensors A and B (with Numpy-style broadcasting support).";
  let description = [{
Returns the tensor resulted from performing the `or` logical operation
elementwise on the input tensors `A` and `B` (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 7).
  }];
  let arguments = (ins
    TensorOf<[I1]>:$A,
    TensorOf<[I1]>:$B
  );
  let results = (outs
    TensorOf<[I1]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.PRelu
//===----------------------------------------------------------------------===//

def ONNX_PReluOp : ONNX_Op<"PRelu", [Pure]> {
  let summary = "PRelu takes input data (Tensor<T>) and slope tensor as input, and produces one output data (Tensor<T>) where the function f(x) = slope * x for x < 0, f(x) =...";
  let description = [{
PRelu takes input data (Tensor<T>) and slope tensor as input, and produces one
output data (Tensor<T>) where the function `f(x) = slope * x for x < 0`,
`f(x) = x for x >= 0`., is applied to the data tensor elementwise.
This operator supports **unidirectional broadcasting** (tensor slope should be unidirectional broadcastable to input tensor X); for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 16).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$X,
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$slope
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Pad
//===----------------------------------------------------------------------===//

def ONNX_PadOp : ONNX_Op<"Pad", [Pure]> {
  let summary = "Given a tensor containing the data to be padded (data), a tensor containing the number of start and end pad values for axis (pads), (optionally) a mode, and...";
  let description = [{
Given a tensor containing the data to be padded (`data`), a tensor containing the number of start and end pad values for axis (`pads`), (optionally) a `mode`, and (optionally) `constant_value`,
a padded tensor (`output`) is generated.

The four supported `modes` are (similar to corresponding modes supported by `numpy.pad`):

1) `constant`(default) - pads with a given constant value as specified by `constant_value` (which defaults to 0, empty string, or False)

2) `reflect` - pads with the reflection of the vector mirrored on the first and last values of the vector along each axis

3) `edge` - pads with the edge values of array

4) `wrap` - wrap-around padding as if the data tensor forms a torus


Example 1 (`constant` mode):

Insert 0 pads to the beginning of the second dimension.

```
data = [
    [1.0, 1.2],
    [2.3, 3.4],
    [4.5, 5.7],
]

pads = [0, 2, 0, 0]

mode = 'constant'

constant_value = 0.0

output = [
    [0.0, 0.0, 1.0, 1.2],
    [0.0, 0.0, 2.3, 3.4],
    [0.0, 0.0, 4.5, 5.7],
]
```

Example 2 (`reflect` mode):

```
data = [
    [1.0, 1.2],
    [2.3, 3.4],
    [4.5, 5.7],
]

pads = [0, 2, 0, 0]

mode = 'reflect'

output = [
    [1.0, 1.2, 1.0, 1.2],
    [2.3, 3.4, 2.3, 3.4],
    [4.5, 5.7, 4.5, 5.7],
]
```

Example 3 (`edge` mode):

```
data = [
    [1.0, 1.2],
    [2.3, 3.4],
    [4.5, 5.7],
]

pads = [0, 2, 0, 0]

mode = 'edge'

output = [
    [1.0, 1.0, 1.0, 1.2],
    [2.3, 2.3, 2.3, 3.4],
    [4.5, 4.5, 4.5, 5.7],
]
```

Example 4 (`wrap` mode):

```
data = [
    [1.0, 1.2],
    [2.3, 3.4],
    [4.5, 5.7],
]

pads = [2, 1, 1, 1]

mode = 'wrap'

output = [
    [3.4, 2.3, 3.4, 2.3],
    [5.7, 4.5, 5.7, 4.5],
    [1.2, 1.0, 1.2, 1.0],
    [3.4, 2.3, 3.4, 2.3],
    [5.7, 4.5, 5.7, 4.5],
    [1.2, 1.0, 1.2, 1.0],
]
```

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$data,
    TensorOf<[I64]>:$pads,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>,
        NoneType]>:$constant_value,
    AnyTypeOf<[TensorOf<[I32, I64]>, NoneType]>:$axes,
    DefaultValuedAttr<StrAttr, "\"constant\"">:$mode
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Pow
//===----------------------------------------------------------------------===//

def ONNX_PowOp : ONNX_Op<"Pow", [Pure]> {
  let summary = "Pow takes input data (Tensor<T>) and exponent Tensor, and produces one output data (Tensor<T>) where the function f(x) = x^exponent, is applied to the data...";
  let description = [{
Pow takes input data (Tensor<T>) and exponent Tensor, and
produces one output data (Tensor<T>) where the function `f(x) = x^exponent`,
is applied to the data tensor elementwise.
This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 15).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I32, I64]>:$X,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$Y
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I32, I64]>:$Z
  );
}

//===----------------------------------------------------------------------===//
// onnx.QLinearConv
//===----------------------------------------------------------------------===//

def ONNX_QLinearConvOp : ONNX_Op<"QLinearConv", [Pure]> {
  let summary = "The convolution operator consumes a quantized input tensor, its scale and zero point, a quantized filter, its scale and zero point, and output's scale and...";
  let description = [{
The convolution operator consumes a quantized input tensor, its scale and zero point,
a quantized filter, its scale and zero point, and output's scale and zero point,
and computes the quantized output. Each scale and zero-point pair must have same shape.
It means they must be either scalars (per tensor) or 1-D tensors (per output channel).
Each input or output and its related zero point must have same type.
When bias is present it must be quantized using scale = input scale * weight scale and
zero point as 0.

Follows ai.onnx opset 28 (operator version 10).
  }];
  let arguments = (ins
    TensorOf<[I8, UI8]>:$x,
    TensorOf<[F32]>:$x_scale,
    TensorOf<[I8, UI8]>:$x_zero_point,
    TensorOf<[I8, UI8]>:$w,
    TensorOf<[F32]>:$w_scale,
    TensorOf<[I8, UI8]>:$w_zero_point,
    TensorOf<[F32]>:$y_scale,
    TensorOf<[I8, UI8]>:$y_zero_point,
    AnyTypeOf<[TensorOf<[I32]>, NoneType]>:$B,
    DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
    OptionalAttr<DenseI64ArrayAttr>:$dilations,
    DefaultValuedAttr<I64Attr, "1">:$group,
    OptionalAttr<DenseI64ArrayAttr>:$kernel_shape,
    OptionalAttr<DenseI64ArrayAttr>:$pads,
    OptionalAttr<DenseI64ArrayAttr>:$strides
  );
  let results = (outs
    TensorOf<[I8, UI8]>:$y
  );
}

//===----------------------------------------------------------------------===//
// onnx.QLinearMatMul
//===----------------------------------------------------------------------===//

def ONNX_QLinearMatMulOp : ONNX_Op<"QLinearMatMul", [Pure]> {
  let summary = "Matrix product that behaves like numpy.matmul.";
  let description = [{
Matrix product that behaves like [numpy.matmul](https://numpy.org/doc/stable/reference/generated/numpy.matmul.html).
It consumes two quantized input tensors, their scales and zero points, scale and zero point of output,
and computes the quantized output. The quantization formula is y = saturate((x / y_scale) + y_zero_point).
For (x / y_scale), it is rounding to nearest ties to even. Refer to https://en.wikipedia.org/wiki/Rounding for details.
Scale and zero point must have same shape. They must be either scalar (per tensor) or N-D tensor
(per row for 'a' and per column for 'b'). Scalar refers to per tensor quantization whereas N-D refers to per row
or per column quantization. If the input is 2D of shape [M, K] then zero point and scale tensor may be
an M element vector [v_1, v_2, ..., v_M] for per row quantization and K element vector of shape [v_1, v_2, ..., v_K]
for per column quantization. If the input is N-D tensor with shape [D1, D2, M, K] then zero point and scale tensor may
have shape [D1, D2, M, 1] for per row quantization and shape [D1, D2, 1, K] for per column quantization.
Production must never overflow, and accumulation may overflow if and only if in 32 bits.

Follows ai.onnx opset 28 (operator version 21).
  }];
  let arguments = (ins
    TensorOf<[I8, UI8, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ]>:$a,
    TensorOf<[F32, F16, BF16]>:$a_scale,
    TensorOf<[I8, UI8, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ]>:$a_zero_point,
    TensorOf<[I8, UI8, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ]>:$b,
    TensorOf<[F32, F16, BF16]>:$b_scale,
    TensorOf<[I8, UI8, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ]>:$b_zero_point,
    TensorOf<[F32, F16, BF16]>:$y_scale,
    TensorOf<[I8, UI8, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ]>:$y_zero_point
  );
  let results = (outs
    TensorOf<[I8, UI8, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ]>:$y
  );
}

//===----------------------------------------------------------------------===//
// onnx.QuantizeLinear
//===----------------------------------------------------------------------===//

def ONNX_QuantizeLinearOp : ONNX_Op<"QuantizeLinear", [Pure]> {
  let summary = "The linear quantization operator consumes a high-precision tensor, a scale, and a zero point to compute the low-precision/quantized tensor.";
  let description = [{
The linear quantization operator consumes a high-precision tensor, a scale, and a zero point to compute the
low-precision/quantized tensor. The scale factor and zero point must have the same shape, determining the quantization
granularity. The quantization formula is `y = saturate((x / y_scale) + y_zero_point)`.

Saturation is done according to:
- uint16: [0, 65535]
- int16: [-32768, 32767]
- uint8: [0, 255]
- int8: [-128, 127]
- uint4: [0, 15]
- int4: [-8, 7]
- uint2: [0, 3]
- int2: [-2, 1]

For `(x / y_scale)`, it rounds to the nearest even. Refer to https://en.wikipedia.org/wiki/Rounding for details.

`y_zero_point` and `y` must have the same type. `y_zero_point` is usually not used for quantization to float8 and 4bit types, but the quantization
formula remains the same for consistency, and the type of the attribute `y_zero_point` still determines the quantization type.
`x` and `y_scale` are allowed to have different types. The type of `y_scale` determines the precision of the division operation between `x` and
`y_scale`, unless the `precision` attribute is specified.

There are three supported quantization granularities, determined by the shape of `y_scale`.
In all cases, `y_zero_point` must have the same shape as `y_scale`.
- Per-tensor (per-layer) quantization: `y_scale` is a scalar.
- Per-axis quantization: The scale must be a 1-D tensor, with the length of the quantization axis. For an input shape
 `(D0, ..., Di, ..., Dn)` and `axis=i`, `y_scale` is a 1-D tensor of length `Di`.
- Blocked quantization: The scale's shape is identical to the input's shape, except for one dimension, in which
  blocking is performed. Given `x` shape `(D0, ..., Di, ..., Dn)`, `axis=i`, and block size `B`: `y_scale` shape is
  `(D0, ..., ceil(Di/B), ..., Dn)`.

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F16, BF16, I32]>:$x,
    TensorOf<[F32, F16, BF16, I32, F8E8M0FNU]>:$y_scale,
    AnyTypeOf<[TensorOf<[I8, I16, UI8, UI16, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ,
        F6E2M3FN, F6E3M2FN, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>, NoneType]>:$y_zero_point,
    DefaultValuedAttr<I64Attr, "1">:$axis,
    DefaultValuedAttr<I64Attr, "0">:$block_size,
    DefaultValuedAttr<I64Attr, "0">:$output_dtype,
    DefaultValuedAttr<I64Attr, "0">:$precision,
    DefaultValuedAttr<I64Attr, "1">:$saturate
  );
  let results = (outs
    TensorOf<[I8, I16, UI8, UI16, F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F6E2M3FN,
        F6E3M2FN, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$y
  );
}

//===----------------------------------------------------------------------===//
// onnx.RMSNormalization
//===----------------------------------------------------------------------===//

def ONNX_RMSNormalizationOp : ONNX_Op<"RMSNormalization", [Pure]> {
  let summary = "This is RMS normalization defined in ONNX as function as described in the paper https://arxiv.org/pdf/1910.07467.";
  let description = [{
      This is RMS normalization defined in ONNX as function as described in the paper https://arxiv.org/pdf/1910.07467.
      The overall computation can be split into two stages. The root mean squared norm is taken over the last D dimensions,
      where D is the dimension of normalized_shape. For example, if normalized_shape is (3, 5) (a 2-dimensional shape),
      the rms norm is computed over the last 2 dimensions of the input. The computation required by standardization can be
      described by the following equations.
      ```
      XSquared = Mul(X, X)
      XSquaredMean = ReduceMean<axes=normalized_axes>(XSquared)
      MeanSquareEpsilon = Add(XSquaredMean, epsilon)
      RMS = Sqrt(MeanSquareEpsilon)
      Normalized = Div(X, RMS)
      ```
      where `normalized_axes` is `[axis, ..., rank of X - 1]`. The variables `RMS` stand for root mean square,
      Depending on `stash_type` attribute, the actual computation
      must happen in different floating-point precision.
      For example, if `stash_type` is 1, this operator casts
      all input variables to 32-bit float, perform the computation, and
      finally cast `Normalized` back to the original type of `X`.
      The second stage then scales the outcome of the first stage using:
      ```
      Y= Mul(Normalized, Scale)
      ```
      Let `d[i]` indicate the i-th dimension of `X`.
      If `X`'s shape is `[d[0], ..., d[axis-1], d[axis], ..., d[rank-1]]`,
      the shape of `RMS` is `[d[0], ..., d[axis-1], 1, ..., 1]`.
      `Y` and `X` have the same shape. This operator supports unidirectional broadcasting
      (`Scale` should be unidirectional broadcastable to tensor `X`);
      for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 23).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$scale,
    DefaultValuedAttr<I64Attr, "-1">:$axis,
    DefaultValuedAttr<F32Attr, "1.0e-05">:$epsilon,
    DefaultValuedAttr<I64Attr, "1">:$stash_type
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.RNN
//===----------------------------------------------------------------------===//

def ONNX_RNNOp : ONNX_Op<"RNN", [Pure]> {
  let summary = "Computes an one-layer simple RNN.";
  let description = [{
Computes an one-layer simple RNN. This operator is usually supported
via some custom implementation such as CuDNN.

Notations:

* `X` - input tensor
* `i` - input gate
* `t` - time step (t-1 means previous time step)
* `Wi` - W parameter weight matrix for input gate
* `Ri` - R recurrence weight matrix for input gate
* `Wbi` - W parameter bias vector for input gate
* `Rbi` - R parameter bias vector for input gate
* `WBi` - W parameter weight matrix for backward input gate
* `RBi` - R recurrence weight matrix for backward input gate
* `WBbi` - WR bias vectors for backward input gate
* `RBbi` - RR bias vectors for backward input gate
* `H` - Hidden state
* `num_directions` - 2 if direction == bidirectional else 1

Activation functions:

* Relu(x)                - max(0, x)
* Tanh(x)                - (1 - e^{-2x})/(1 + e^{-2x})
* Sigmoid(x)             - 1/(1 + e^{-x})

NOTE: Below are optional

* Affine(x)              - alpha*x + beta
* LeakyRelu(x)           - x if x >= 0 else alpha * x
* ThresholdedRelu(x)     - x if x >= alpha else 0
* ScaledTanh(x)          - alpha*Tanh(beta*x)
* HardSigmoid(x)         - min(max(alpha*x + beta, 0), 1)
* Elu(x)                 - x if x >= 0 else alpha*(e^x - 1)
* Softsign(x)            - x/(1 + |x|)
* Softplus(x)            - log(1 + e^x)

Equations (Default: f=Tanh):

* Ht = f(Xt*(Wi^T) + Ht-1*(Ri^T) + Wbi + Rbi)
This operator has **optional** inputs/outputs. See [the doc](IR.md) for more details about the representation of optional arguments. An empty string may be used in the place of an actual argument's name to indicate a missing argument. Trailing optional arguments (those not followed by an argument that is present) may also be simply omitted.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$W,
    TensorOf<[F32, F64, F16, BF16]>:$R,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$B,
    AnyTypeOf<[TensorOf<[I32]>, NoneType]>:$sequence_lens,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$initial_h,
    OptionalAttr<DenseF32ArrayAttr>:$activation_alpha,
    OptionalAttr<DenseF32ArrayAttr>:$activation_beta,
    OptionalAttr<StrArrayAttr>:$activations,
    OptionalAttr<F32Attr>:$clip,
    DefaultValuedAttr<StrAttr, "\"forward\"">:$direction,
    OptionalAttr<I64Attr>:$hidden_size,
    DefaultValuedAttr<I64Attr, "0">:$layout
  );
  let results = (outs
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$Y,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$Y_h
  );
}

//===----------------------------------------------------------------------===//
// onnx.RandomNormal
//===----------------------------------------------------------------------===//

def ONNX_RandomNormalOp : ONNX_Op<"RandomNormal", []> {
  let summary = "Generate a tensor with random values drawn from a normal distribution.";
  let description = [{
Generate a tensor with random values drawn from a normal distribution. The shape
of the tensor is specified by the `shape` argument and the parameter of the normal distribution
specified by `mean` and `scale`.

The data type is specified by the 'dtype' argument. The 'dtype' argument must
be one of the data types specified in the 'DataType' enum field in the
TensorProto message.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    DefaultValuedAttr<I64Attr, "1">:$dtype,
    DefaultValuedAttr<F32Attr, "0.0">:$mean,
    DefaultValuedAttr<F32Attr, "1.0">:$scale,
    OptionalAttr<F32Attr>:$seed,
    DenseI64ArrayAttr:$shape
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.RandomNormalLike
//===----------------------------------------------------------------------===//

def ONNX_RandomNormalLikeOp : ONNX_Op<"RandomNormalLike", []> {
  let summary = "Generate a tensor with random values drawn from a normal distribution.";
  let description = [{
Generate a tensor with random values drawn from a normal distribution.
The shape of the output tensor is copied from the shape of the input tensor,
and the parameters of the normal distribution are specified by `mean` and `scale`.

The data type is specified by the 'dtype' argument, or copied from the input tensor if not provided.
The 'dtype' argument must be one of the data types specified in the 'DataType' enum field in the
TensorProto message, and be valid as an output type.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input,
    OptionalAttr<I64Attr>:$dtype,
    DefaultValuedAttr<F32Attr, "0.0">:$mean,
    DefaultValuedAttr<F32Attr, "1.0">:$scale,
    OptionalAttr<F32Attr>:$seed
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.RandomUniform
//===----------------------------------------------------------------------===//

def ONNX_RandomUniformOp : ONNX_Op<"RandomUniform", []> {
  let summary = "Generate a tensor with random values drawn from a uniform distribution.";
  let description = [{
Generate a tensor with random values drawn from a uniform distribution. The shape
of the tensor is specified by the `shape` argument and the range by `low` and `high`.

The data type is specified by the 'dtype' argument. The 'dtype' argument must
be one of the data types specified in the 'DataType' enum field in the
TensorProto message.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    DefaultValuedAttr<I64Attr, "1">:$dtype,
    DefaultValuedAttr<F32Attr, "1.0">:$high,
    DefaultValuedAttr<F32Attr, "0.0">:$low,
    OptionalAttr<F32Attr>:$seed,
    DenseI64ArrayAttr:$shape
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.RandomUniformLike
//===----------------------------------------------------------------------===//

def ONNX_RandomUniformLikeOp : ONNX_Op<"RandomUniformLike", []> {
  let summary = "Generate a tensor with random values drawn from a uniform distribution.";
  let description = [{
Generate a tensor with random values drawn from a uniform distribution.
The shape of the output tensor is copied from the shape of the input tensor,
and the parameters of the uniform distribution are specified by `low` and `high`.

The data type is specified by the 'dtype' argument, or copied from the input tensor if not provided.
The 'dtype' argument must be one of the data types specified in the 'DataType' enum field in the
TensorProto message and be valid as an output type.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input,
    OptionalAttr<I64Attr>:$dtype,
    DefaultValuedAttr<F32Attr, "1.0">:$high,
    DefaultValuedAttr<F32Attr, "0.0">:$low,
    OptionalAttr<F32Attr>:$seed
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Range
//===----------------------------------------------------------------------===//

def ONNX_RangeOp : ONNX_Op<"Range", [Pure]> {
  let summary = "Generate a tensor containing a sequence of numbers that begin at start and extends by increments of delta up to limit (exclusive).";
  let description = [{
Generate a tensor containing a sequence of numbers that begin at `start` and extends by increments of `delta`
up to `limit` (exclusive).

The number of elements in the output of range is computed as below:
```
number_of_elements = max( ceil( (limit - start) / delta ) , 0 )
```
The pseudocode determining the contents of the output is shown below:
```
for(int i=0; i<number_of_elements; ++i) {
  output[i] =  start + (i * delta);
}
```
Example 1:
```
Inputs: start = 3, limit = 9, delta = 3
Output: [3, 6]
```
Example 2:
```
Inputs: start = 10, limit = 4, delta = -2
Output: [10, 8, 6]
```

For `float16` and `bfloat16` inputs, the `stash_type` attribute controls the precision used for
intermediate accumulation. Setting `stash_type` to `1` (float) causes `start`, `limit`, and
`delta` to be cast to 32-bit float before the loop, with the output cast back to the original
type. This avoids precision loss for large ranges where successive additions in float16 or
bfloat16 would otherwise be inexact (e.g. `x + 1 == x` for large `x`).

Follows ai.onnx opset 28 (operator version 27).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I16, I32, I64]>:$start,
    TensorOf<[F32, F64, F16, BF16, I16, I32, I64]>:$limit,
    TensorOf<[F32, F64, F16, BF16, I16, I32, I64]>:$delta,
    DefaultValuedAttr<I64Attr, "1">:$stash_type
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I16, I32, I64]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Reciprocal
//===----------------------------------------------------------------------===//

def ONNX_ReciprocalOp : ONNX_Op<"Reciprocal", [Pure]> {
  let summary = "Reciprocal takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the reciprocal is, y = 1/x, is applied to the tensor elementwise.";
  let description = [{
Reciprocal takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where the reciprocal is, y = 1/x, is applied to
the tensor elementwise.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.ReduceL1
//===----------------------------------------------------------------------===//

def ONNX_ReduceL1Op : ONNX_Op<"ReduceL1", [Pure]> {
  let summary = "Computes the L1 norm of the input tensor's elements along the provided axes.";
  let description = [{
Computes the L1 norm of the input tensor's elements along the provided axes. The resulting
tensor has the same rank as the input if `keepdims` equals 1. If `keepdims` equals 0, then
the resulting tensor has the reduced dimension pruned. Input tensors of rank zero are
valid. Reduction over an empty set of values yields 0.


The above behavior is similar to numpy, with the exception that numpy defaults `keepdims`
to `False` instead of `True`.

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$data,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$axes,
    DefaultValuedAttr<I64Attr, "1">:$keepdims,
    DefaultValuedAttr<I64Attr, "0">:$noop_with_empty_axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$reduced
  );
}

//===----------------------------------------------------------------------===//
// onnx.ReduceL2
//===----------------------------------------------------------------------===//

def ONNX_ReduceL2Op : ONNX_Op<"ReduceL2", [Pure]> {
  let summary = "Computes the L2 norm of the input tensor's elements along the provided axes.";
  let description = [{
Computes the L2 norm of the input tensor's elements along the provided axes. The resulting
tensor has the same rank as the input if `keepdims` equals 1. If `keepdims` equals 0, then
the resulting tensor has the reduced dimension pruned. Input tensors of rank zero are
valid. Reduction over an empty set of values yields 0.


The above behavior is similar to numpy, with the exception that numpy defaults `keepdims`
to `False` instead of `True`.

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$data,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$axes,
    DefaultValuedAttr<I64Attr, "1">:$keepdims,
    DefaultValuedAttr<I64Attr, "0">:$noop_with_empty_axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$reduced
  );
}

//===----------------------------------------------------------------------===//
// onnx.ReduceLogSum
//===----------------------------------------------------------------------===//

def ONNX_ReduceLogSumOp : ONNX_Op<"ReduceLogSum", [Pure]> {
  let summary = "Computes the log sum of the input tensor's elements along the provided axes.";
  let description = [{
Computes the log sum of the input tensor's elements along the provided axes. The resulting
tensor has the same rank as the input if `keepdims` equals 1. If `keepdims` equals 0, then
the resulting tensor has the reduced dimension pruned. Input tensors of rank zero are
valid. Reduction over an empty set of values yields minus infinity (if supported by the datatype) or undefined otherwise.


The above behavior is similar to numpy, with the exception that numpy defaults `keepdims`
to `False` instead of `True`.

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$data,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$axes,
    DefaultValuedAttr<I64Attr, "1">:$keepdims,
    DefaultValuedAttr<I64Attr, "0">:$noop_with_empty_axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$reduced
  );
}

//===----------------------------------------------------------------------===//
// onnx.ReduceLogSumExp
//===----------------------------------------------------------------------===//

def ONNX_ReduceLogSumExpOp : ONNX_Op<"ReduceLogSumExp", [Pure]> {
  let summary = "Computes the log sum exponent of the input tensor's elements along the provided axes.";
  let description = [{
Computes the log sum exponent of the input tensor's elements along the provided axes. The resulting
tensor has the same rank as the input if `keepdims` equals 1. If `keepdims` equals 0, then
the resulting tensor has the reduced dimension pruned. Input tensors of rank zero are
valid. Reduction over an empty set of values yields minus infinity (if supported by the datatype) or undefined otherwise.


The above behavior is similar to numpy, with the exception that numpy defaults `keepdims`
to `False` instead of `True`.

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$data,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$axes,
    DefaultValuedAttr<I64Attr, "1">:$keepdims,
    DefaultValuedAttr<I64Attr, "0">:$noop_with_empty_axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$reduced
  );
}

//===----------------------------------------------------------------------===//
// onnx.ReduceMax
//===----------------------------------------------------------------------===//

def ONNX_ReduceMaxOp : ONNX_Op<"ReduceMax", [Pure]> {
  let summary = "Computes the max of the input tensor's elements along the provided axes.";
  let description = [{
Computes the max of the input tensor's elements along the provided axes. The resulting
tensor has the same rank as the input if `keepdims` equals 1. If `keepdims` equals 0, then
the resulting tensor has the reduced dimension pruned. Input tensors of rank zero are
valid. Reduction over an empty set of values yields minus infinity (if supported by the datatype) or the minimum value of the data type otherwise.


If the input data type is Boolean, the comparison should consider `False < True`.

The above behavior is similar to numpy, with the exception that numpy defaults `keepdims`
to `False` instead of `True`.

Follows ai.onnx opset 28 (operator version 20).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I32, I64, UI8, UI32, UI64, I1]>:$data,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$axes,
    DefaultValuedAttr<I64Attr, "1">:$keepdims,
    DefaultValuedAttr<I64Attr, "0">:$noop_with_empty_axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I32, I64, UI8, UI32, UI64, I1]>:$reduced
  );
}

//===----------------------------------------------------------------------===//
// onnx.ReduceMean
//===----------------------------------------------------------------------===//

def ONNX_ReduceMeanOp : ONNX_Op<"ReduceMean", [Pure]> {
  let summary = "Computes the mean of the input tensor's elements along the provided axes.";
  let description = [{
Computes the mean of the input tensor's elements along the provided axes. The resulting
tensor has the same rank as the input if `keepdims` equals 1. If `keepdims` equals 0, then
the resulting tensor has the reduced dimension pruned. Input tensors of rank zero are
valid. Reduction over an empty set of values yields undefined.


The above behavior is similar to numpy, with the exception that numpy defaults `keepdims`
to `False` instead of `True`.

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$data,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$axes,
    DefaultValuedAttr<I64Attr, "1">:$keepdims,
    DefaultValuedAttr<I64Attr, "0">:$noop_with_empty_axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$reduced
  );
}

//===----------------------------------------------------------------------===//
// onnx.ReduceMin
//===----------------------------------------------------------------------===//

def ONNX_ReduceMinOp : ONNX_Op<"ReduceMin", [Pure]> {
  let summary = "Computes the min of the input tensor's elements along the provided axes.";
  let description = [{
Computes the min of the input tensor's elements along the provided axes. The resulting
tensor has the same rank as the input if `keepdims` equals 1. If `keepdims` equals 0, then
the resulting tensor has the reduced dimension pruned. Input tensors of rank zero are
valid. Reduction over an empty set of values yields plus infinity (if supported by the datatype) or the maximum value of the data type otherwise.


If the input data type is Boolean, the comparison should consider `False < True`.

The above behavior is similar to numpy, with the exception that numpy defaults `keepdims`
to `False` instead of `True`.

Follows ai.onnx opset 28 (operator version 20).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I32, I64, UI8, UI32, UI64, I1]>:$data,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$axes,
    DefaultValuedAttr<I64Attr, "1">:$keepdims,
    DefaultValuedAttr<I64Attr, "0">:$noop_with_empty_axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I32, I64, UI8, UI32, UI64, I1]>:$reduced
  );
}

//===----------------------------------------------------------------------===//
// onnx.ReduceProd
//===----------------------------------------------------------------------===//

def ONNX_ReduceProdOp : ONNX_Op<"ReduceProd", [Pure]> {
  let summary = "Computes the product of the input tensor's elements along the provided axes.";
  let description = [{
Computes the product of the input tensor's elements along the provided axes. The resulting
tensor has the same rank as the input if `keepdims` equals 1. If `keepdims` equals 0, then
the resulting tensor has the reduced dimension pruned. Input tensors of rank zero are
valid. Reduction over an empty set of values yields 1.


The above behavior is similar to numpy, with the exception that numpy defaults `keepdims`
to `False` instead of `True`.

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$data,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$axes,
    DefaultValuedAttr<I64Attr, "1">:$keepdims,
    DefaultValuedAttr<I64Attr, "0">:$noop_with_empty_axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$reduced
  );
}

//===----------------------------------------------------------------------===//
// onnx.ReduceSum
//===----------------------------------------------------------------------===//

def ONNX_ReduceSumOp : ONNX_Op<"ReduceSum", [Pure]> {
  let summary = "Computes the sum of the input tensor's elements along the provided axes.";
  let description = [{
Computes the sum of the input tensor's elements along the provided axes. The resulting
tensor has the same rank as the input if `keepdims` equals 1. If `keepdims` equals 0, then
the resulting tensor has the reduced dimension pruned. Input tensors of rank zero are
valid. Reduction over an empty set of values yields 0.


The above behavior is similar to numpy, with the exception that numpy defaults `keepdims`
to `False` instead of `True`.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$data,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$axes,
    DefaultValuedAttr<I64Attr, "1">:$keepdims,
    DefaultValuedAttr<I64Attr, "0">:$noop_with_empty_axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$reduced
  );
}

//===----------------------------------------------------------------------===//
// onnx.ReduceSumSquare
//===----------------------------------------------------------------------===//

def ONNX_ReduceSumSquareOp : ONNX_Op<"ReduceSumSquare", [Pure]> {
  let summary = "Computes the sum square of the input tensor's elements along the provided axes.";
  let description = [{
Computes the sum square of the input tensor's elements along the provided axes. The resulting
tensor has the same rank as the input if `keepdims` equals 1. If `keepdims` equals 0, then
the resulting tensor has the reduced dimension pruned. Input tensors of rank zero are
valid. Reduction over an empty set of values yields 0.


The above behavior is similar to numpy, with the exception that numpy defaults `keepdims`
to `False` instead of `True`.

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$data,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$axes,
    DefaultValuedAttr<I64Attr, "1">:$keepdims,
    DefaultValuedAttr<I64Attr, "0">:$noop_with_empty_axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I32, I64, UI32, UI64]>:$reduced
  );
}

//===----------------------------------------------------------------------===//
// onnx.RegexFullMatch
//===----------------------------------------------------------------------===//

def ONNX_RegexFullMatchOp : ONNX_Op<"RegexFullMatch", [Pure]> {
  let summary = "RegexFullMatch performs a full regex match on each element of the input tensor.";
  let description = [{
RegexFullMatch performs a full regex match on each element of the input tensor. If an element fully matches the regex pattern specified as an attribute, the corresponding element in the output is True and it is False otherwise. [RE2](https://github.com/google/re2/wiki/Syntax) regex syntax is used.

Follows ai.onnx opset 28 (operator version 20).
  }];
  let arguments = (ins
    TensorOf<[ONNX_StringType]>:$X,
    OptionalAttr<StrAttr>:$pattern
  );
  let results = (outs
    TensorOf<[I1]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Relu
//===----------------------------------------------------------------------===//

def ONNX_ReluOp : ONNX_Op<"Relu", [Pure]> {
  let summary = "Relu takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the rectified linear function, y = max(0, x), is applied to the tensor...";
  let description = [{
Relu takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where the rectified linear function, y = max(0, x), is applied to
the tensor elementwise.

Follows ai.onnx opset 28 (operator version 14).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Reshape
//===----------------------------------------------------------------------===//

def ONNX_ReshapeOp : ONNX_Op<"Reshape", [Pure]> {
  let summary = "Reshape the input tensor similar to numpy.reshape.";
  let description = [{
Reshape the input tensor similar to numpy.reshape.
First input is the data tensor, second input is a shape tensor which specifies the output shape. It outputs the reshaped tensor.
At most one dimension of the new shape can be -1. In this case, the value is
inferred from the size of the tensor and the remaining dimensions. A dimension
could also be 0, in which case the actual dimension value is unchanged (i.e. taken
from the input tensor). If 'allowzero' is set, and the new shape includes 0, the
dimension will be set explicitly to zero (i.e. not taken from input tensor).
Shape (second input) could be an empty shape, which means converting to a scalar.
The input tensor's shape and the output tensor's shape are required to have the same number of elements.

If the attribute 'allowzero' is set, it is invalid for the specified shape to
contain both a zero value and -1, as the value of the dimension corresponding
to -1 cannot be determined uniquely.

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$data,
    TensorOf<[I64]>:$shape,
    DefaultValuedAttr<I64Attr, "0">:$allowzero
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$reshaped
  );
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// onnx.Resize
//===----------------------------------------------------------------------===//

def ONNX_ResizeOp : ONNX_Op<"Resize", [Pure]> {
  let summary = "Resize the input tensor.";
  let description = [{
Resize the input tensor. In general, it calculates every value in the output tensor as a weighted average of neighborhood (a.k.a. sampling locations) in the input tensor.
Each dimension value of the output tensor is:
```
output_dimension = floor(input_dimension * (roi_end - roi_start) * scale)
```
if input \"sizes\" is not specified.

Follows ai.onnx opset 28 (operator version 19).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$X,
    AnyTypeOf<[TensorOf<[F32, F64, F16]>, NoneType]>:$roi,
    AnyTypeOf<[TensorOf<[F32]>, NoneType]>:$scales,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$sizes,
    DefaultValuedAttr<I64Attr, "0">:$antialias,
    OptionalAttr<DenseI64ArrayAttr>:$axes,
    DefaultValuedAttr<StrAttr, "\"half_pixel\"">:$coordinate_transformation_mode,
    DefaultValuedAttr<F32Attr, "-0.75">:$cubic_coeff_a,
    DefaultValuedAttr<I64Attr, "0">:$exclude_outside,
    DefaultValuedAttr<F32Attr, "0.0">:$extrapolation_value,
    DefaultValuedAttr<StrAttr, "\"stretch\"">:$keep_aspect_ratio_policy,
    DefaultValuedAttr<StrAttr, "\"nearest\"">:$mode,
    DefaultValuedAttr<StrAttr, "\"round_prefer_floor\"">:$nearest_mode
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.ReverseSequence
//===----------------------------------------------------------------------===//

def ONNX_ReverseSequenceOp : ONNX_Op<"ReverseSequence", [Pure]> {
  let summary = "Reverse batch of sequences having different lengths specified by sequence_lens.";
  let description = [{
Reverse batch of sequences having different lengths specified by `sequence_lens`.

For each slice i iterating on batch axis, the operator reverses the first sequence_lens[i] elements on time axis,
and copies elements whose index's beyond sequence_lens[i] to the output. So the output slice i contains reversed
sequences on the first sequence_lens[i] elements, then have original values copied for the other elements.

Example 1:
  input = [[0.0, 4.0, 8.0,  12.0],
           [1.0, 5.0, 9.0,  13.0],
           [2.0, 6.0, 10.0, 14.0],
           [3.0, 7.0, 11.0, 15.0]]
  sequence_lens = [4, 3, 2, 1]
  time_axis = 0
  batch_axis = 1

  output = [[3.0, 6.0, 9.0,  12.0],
            [2.0, 5.0, 8.0,  13.0],
            [1.0, 4.0, 10.0, 14.0],
            [0.0, 7.0, 11.0, 15.0]]

Example 2:
  input = [[0.0,  1.0,  2.0,  3.0 ],
           [4.0,  5.0,  6.0,  7.0 ],
           [8.0,  9.0,  10.0, 11.0],
           [12.0, 13.0, 14.0, 15.0]]
  sequence_lens = [1, 2, 3, 4]
  time_axis = 1
  batch_axis = 0

  output = [[0.0,  1.0,  2.0,  3.0 ],
            [5.0,  4.0,  6.0,  7.0 ],
            [10.0, 9.0,  8.0,  11.0],
            [15.0, 14.0, 13.0, 12.0]]

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input,
    TensorOf<[I64]>:$sequence_lens,
    DefaultValuedAttr<I64Attr, "1">:$batch_axis,
    DefaultValuedAttr<I64Attr, "0">:$time_axis
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.RoiAlign
//===----------------------------------------------------------------------===//

def ONNX_RoiAlignOp : ONNX_Op<"RoiAlign", [Pure]> {
  let summary = "Region of Interest (RoI) align operation described in the Mask R-CNN paper.";
  let description = [{
Region of Interest (RoI) align operation described in the
[Mask R-CNN paper](https://arxiv.org/abs/1703.06870).
RoiAlign consumes an input tensor X and region of interests (rois)
to apply pooling across each RoI; it produces a 4-D tensor of shape
(num_rois, C, output_height, output_width).

RoiAlign is proposed to avoid the misalignment by removing
quantizations while converting from original image into feature
map and from feature map into RoI feature; in each ROI bin,
the value of the sampled locations are computed directly
through bilinear interpolation.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    TensorOf<[F32, F64, F16, BF16]>:$rois,
    TensorOf<[I64]>:$batch_indices,
    DefaultValuedAttr<StrAttr, "\"half_pixel\"">:$coordinate_transformation_mode,
    DefaultValuedAttr<StrAttr, "\"avg\"">:$mode,
    DefaultValuedAttr<I64Attr, "1">:$output_height,
    DefaultValuedAttr<I64Attr, "1">:$output_width,
    DefaultValuedAttr<I64Attr, "0">:$sampling_ratio,
    DefaultValuedAttr<F32Attr, "1.0">:$spatial_scale
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.RotaryEmbedding
//===----------------------------------------------------------------------===//

def ONNX_RotaryEmbeddingOp : ONNX_Op<"RotaryEmbedding", [Pure]> {
  let summary = "RotaryEmbedding is the implementation of rotary positional embeddings (RoPE) based on the paper https://arxiv.org/pdf/2104.09864.";
  let description = [{
RotaryEmbedding is the implementation of rotary positional embeddings (RoPE) based on the paper https://arxiv.org/pdf/2104.09864.
The key advantage of RoPE is that it allows the model to understand both the absolute position of a token and the relative distances
between tokens. This is achieved through a rotational mechanism where the extent of rotation is computed based on the token's absolute position (position_ids).

The rotational mechanism is defined by sine and cosine functions that are used to represent the rotation angles.
For each token in the sequence, its positional embedding is computed by rotating its embedding vector. This is done by splitting the
embedding vector either into two halves or interleaving every alternate token and applying the rotation matrix to each half of the embedding vector.
The rotation matrix is parameterized by the token's position in the sequence. The rotated halves of the embedding vector are concatenated
to form the final positional embedding for each token. The rotated positional embeddings are used in the self-attention mechanism.
The rotation ensures that the model captures both absolute and relative positional information.

Rotary embeddings are defined using the following algorithm:

```python
def rotary_embedding(
    input: np.ndarray,
    cos_cache: np.ndarray,
    sin_cache: np.ndarray,
    position_ids: np.ndarray | None = None,
    interleaved=None,
    rotary_embedding_dim=None,
    num_heads=None,
) -> np.ndarray:
    original_input_shape = input.shape
    # First ensure input to be processed has shape [batch_size, seq_len, num_heads, head_size]
    if len(input.shape) == 4:
        input = np.transpose(input, (0, 2, 1, 3))
    batch_size = input.shape[0]
    sequence_length = input.shape[1]
    if len(input.shape) == 3:
        hidden_size = input.shape[2]
        assert num_heads != 0
        head_size = int(hidden_size / num_heads)
        new_shape = [batch_size, sequence_length, num_heads, head_size]
        input = np.reshape(input, new_shape)
    assert len(input.shape) == 4
    head_size = input.shape[3]

    # Fully or partially perform rotation on input based on rotary_embedding_dim attribute
    if rotary_embedding_dim is None or rotary_embedding_dim == 0:
        # If rotary_embedding_dim not provided, perform full rotation by using head_size
        rotary_embedding_dim = head_size
    x_rotate = input[:, :, :, :rotary_embedding_dim]
    x_not_rotate = input[:, :, :, rotary_embedding_dim:]
    rotary_embedding_dim_half = int(rotary_embedding_dim / 2)

    # Retrieve sin and cos caches using position ids
    if position_ids is not None:
        cos_cache = cos_cache[
            position_ids
        ]  # Shape: [batch_size, sequence_length, rotary_embedding_dim/2]
        sin_cache = sin_cache[
            position_ids
        ]  # Shape: [batch_size, sequence_length, rotary_embedding_dim/2]

    # Shape: [batch_size, sequence_length, rotary_embedding_dim/2]
    if cos_cache.shape[-1] != rotary_embedding_dim_half:
        raise ValueError(
            f"Last dimension of cos cache ({cos_cache.shape[-1]}) does not match rotary_embedding_dim/2 ({rotary_embedding_dim_half})."
        )
    if sin_cache.shape[-1] != rotary_embedding_dim_half:
        raise ValueError(
            f"Last dimension of sin cache ({sin_cache.shape[-1]}) does not match rotary_embedding_dim/2 ({rotary_embedding_dim_half})."
        )

    cos_cache = np.expand_dims(
        cos_cache, axis=2
    )  # Shape: [batch_size, sequence_length, 1, rotary_embedding_dim/2]
    sin_cache = np.expand_dims(
        sin_cache, axis=2
    )  # Shape: [batch_size, sequence_length, 1, rotary_embedding_dim/2]

    # Either divide the input in halves or interleave (based on interleaved attribute)
    if interleaved:
        x1 = x_rotate[:, :, :, 0::2]
        x2 = x_rotate[:, :, :, 1::2]
    else:
        x1, x2 = np.split(x_rotate, 2, axis=-1)

    # Calculate real and imaginary values
    real = (cos_cache * x1) - (sin_cache * x2)
    imag = (sin_cache * x1) + (cos_cache * x2)

    # Inserted rotated embeddings back to the original input
    if interleaved:
        # x_rotate[:, :, :, 0::2] = real
        # x_rotate[:, :, :, 1::2] = imag
        real = np.expand_dims(real, axis=-1)
        imag = np.expand_dims(imag, axis=-1)
        x_rotate_concat = np.concatenate((real, imag), axis=-1)
        x_rotate = np.reshape(x_rotate_concat, x_rotate.shape)
    else:
        x_rotate = np.concatenate((real, imag), axis=-1)
    output = np.concatenate((x_rotate, x_not_rotate), axis=-1)
    if len(original_input_shape) == 3:
        output = np.reshape(output, original_input_shape)
    else:
        output = np.transpose(output, (0, 2, 1, 3))
    return output
```

Follows ai.onnx opset 28 (operator version 23).
  }];
  let arguments = (ins
    TensorOf<[F32, F16, BF16]>:$X,
    TensorOf<[F32, F16, BF16]>:$cos_cache,
    TensorOf<[F32, F16, BF16]>:$sin_cache,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$position_ids,
    DefaultValuedAttr<I64Attr, "0">:$interleaved,
    OptionalAttr<I64Attr>:$num_heads,
    DefaultValuedAttr<I64Attr, "0">:$rotary_embedding_dim
  );
  let results = (outs
    TensorOf<[F32, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Round
//===----------------------------------------------------------------------===//

def ONNX_RoundOp : ONNX_Op<"Round", [Pure]> {
  let summary = "Round takes one input Tensor and rounds the values, element-wise, meaning it finds the nearest integer for each value.";
  let description = [{
Round takes one input Tensor and rounds the values, element-wise, meaning
it finds the nearest integer for each value.
In case of halves, the rule is to round them to the nearest even integer.
If input x is integral, +0, -0, NaN,  or infinite, x itself is returned.
The output tensor has the same shape and type as the input.

Examples:
```
round([0.9]) = [1.0]
round([2.5]) = [2.0]
round([2.3]) = [2.0]
round([1.5]) = [2.0]
round([-4.5]) = [-4.0]
```

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.STFT
//===----------------------------------------------------------------------===//

def ONNX_STFTOp : ONNX_Op<"STFT", [Pure]> {
  let summary = "Computes the Short-time Fourier Transform of the signal.";
  let description = [{
Computes the Short-time Fourier Transform of the signal.

The STFT is computed by sliding a window of length `frame_length` over the signal with a
step size of `frame_step`, computing a DFT of each windowed frame.

The number of frames in the output is computed as:

  `frames = floor((signal_length - frame_length) / frame_step) + 1`

Constraints on inputs:
- `frame_step` must be a scalar.
- `frame_length` must be a scalar. When omitted and `window` is provided, `frame_length`
  is inferred from `window.shape[0]`. When both `window` and `frame_length` are omitted,
  `frame_length` defaults to `signal_length`.
- `window` must be a 1-D tensor. When omitted, a rectangular (all-ones) window of length
  `frame_length` is used. When both `window` and `frame_length` are provided, the length
  of the `window` tensor must equal `frame_length`.

Follows ai.onnx opset 28 (operator version 17).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$signal,
    TensorOf<[I32, I64]>:$frame_step,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$window,
    AnyTypeOf<[TensorOf<[I32, I64]>, NoneType]>:$frame_length,
    DefaultValuedAttr<I64Attr, "1">:$onesided
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Scan
//===----------------------------------------------------------------------===//

def ONNX_ScanOp : ONNX_Op<"Scan", []> {
  let summary = "Scan can be used to iterate over one or more scan_input tensors, constructing zero or more scan_output tensors.";
  let description = [{
Scan can be used to iterate over one or more scan_input tensors,
constructing zero or more scan_output tensors. It combines ideas from general recurrences,
functional programming constructs such as scan, fold, map, and zip, and is intended to enable
generalizations of RNN-like constructs for sequence-to-sequence processing.
Other tensors (referred to as state_variables here) can be used to carry a state
when iterating from one element to another (similar to hidden-state in RNNs, also referred
to as loop-carried dependences in the context of loops).
Many common usages involve a single scan_input tensor (where functionality
similar to scan, fold and map can be obtained). When more than one scan_input is used,
a behavior similar to zip is obtained.

The attribute body must be a graph, specifying the computation to be performed in
every iteration. It takes as input the current values of the state_variables and
the current iterated element of the scan_inputs. It must return the (updated) values
of the state_variables and zero or more scan_output_element tensors. The values of the
scan_output_element tensors are concatenated over all the iterations to produce the
scan_output values of the scan construct (similar to the concatenated intermediate
hidden-state values of RNN-like constructs). All the output tensors (state_variables as
well as scan_output_element tensors) are required to have the same shape in each iteration
of the loop (a restriction imposed to enable efficient memory allocation).

Note that the iterated element passed to the body subgraph does not have a sequence
axis. It will have a rank one less than the rank of the corresponding scan_input.

The scan operation returns the final values of the state_variables as well as the
scan_outputs.

The optional attribute scan_input_directions specifies the direction (forward or backward)
for each scan input. If this attribute is omitted, all sequences are scanned in the forward
direction. A bidirectional scan may be performed by specifying the same tensor input twice
in the scan_inputs, once with a forward direction, and once with a backward direction.

The scan_output of the operation is produced by concatenating the scan_output_element
values produced by the body in each iteration.  The optional attribute scan_output_directions
specifies the direction in which scan_output is constructed (by appending or prepending the
scan_output_element to scan_output in each iteration) for each scan_output. If this attribute
is omitted, the scan_output_element is appended to the scan_output in each iteration.

The optional attribute scan_input_axes specifies the axis to be scanned for each scan_input.
If omitted, every scan_input will be scanned in axis 0. For example, if axis 0 is the
batch axis and axis 1 is the time axis (to be scanned), specify an axis value of 1.
Note that scanning a non-zero axis may be less efficient than scanning axis zero.

The optional attribute scan_output_axes specifies the axis along which the scan_outputs
are accumulated for each scan_output. For example, if axis 1 is the time axis (to be
scanned) for both inputs and outputs, specify a scan_input axis and scan_output axis
value of 1.

Note that because of the ONNX restriction that only the last parameter of an operator can
be variadic, the initial-states and scan-inputs are listed together as one input parameter.
Similarly, the final-states and scan-outputs are listed together as one output parameter.
The attribute num_scan_inputs indicates the number M of scan-inputs.

The behavior of

    Scan <
        num_scan_inputs = m,
        body = loop-body,
        scan_input_axes = [axis_1, ..., axis_m]
    > (init_1, ..., init_n, scan_1, ..., scan_m)

is equivalent to the following pseudo-code:

    // scan_i.shape[axis_i] denotes the (max) sequence-length of scan_i
    // scan_i.shape[axis_i] is required to be equal to scan_j.shape[axis_j] for all i,j.
    sequence_length = scan_1.shape[axis_1];

    // initialize state-variables
    st_1 = init_1; ... st_n = init_n;
    // initialize scan-output variables: [] denotes an empty tensor
    scan_out_1 = []; ...; scan_out_k = [];
    // identify number of iterations:

    // execute loop
    for (int t = 0; t < sequence_length; ++t) {
        // generate the scan-input elements: the notation T<axis=k>[t] indicates the sub-tensor
        // of rank one less than T obtained by indexing T at position t along axis k.
        si_1 = scan_1<axis=axis_1>[t];
        ... ;
        si_m = scan_m<axis=axis_m>[t];
        // execute loop-body
        st_1, ..., st_n, so_1, ..., so_k = loop-body(st_1, ..., st_n, si_1, ..., si_m)
        // accumulate the scan-output elements
        scan_out_1 = Concat<axis=0>(scan_out_1, so_1); ... ; scan_out_k = Concat<axis=0>(scan_out_k, so_k);
    }

    return st_1, ..., st_n, scan_out_1, ..., scan_out_k;

*Sample usage: Encoding RNN using a Scan*

The following example shows how a simple RNN over an input tensor %X, with weight tensor %Wi,
recurrence weight tensor %Ri, bias tensors %Wbi and %Rbi, and initial hidden-state %H_0 can
be encoded as a ScanLoop. Note that the loop-body is a nested graph, and it directly computes
%Wi, %Ri, %Wbi, and %Rbi (typically constants or initializers in the body graph). If these
values are computed in the outer graph, they need to be passed in as extra state_variables.

    graph rnn-encoding {
      %H_0 = ...
      %X = ...
      %Y_h, %Y = Scan[body = <graph rnn-cell-1>, num_scan_inputs=1](%H_0, %X)
      return %Y, %Y_h
    }

    graph rnn-cell-1 (
      %H_tminus1[FLOAT, tensor]
      %X_t[FLOAT, tensor]
    ) {
      %Wi = ...
      %Ri = ...
      %Wbi = ...
      %Rbi = ...
      %t1 = X_t * (Wi^T)
      %t2 = H_tminus1*(Ri^T)
      %t3 = Add(%t1, %t2)
      %t4 = Add(%t3, %Wbi)
      %t5 = Add(%t4, %Rbi)
      %Ht = Tanh(%t5)
      %Accumulate = Identity(%Ht)
      return %Ht, %Accumulate
    }

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    Variadic<TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>,
        UI<2>]>>:$initial_state_and_scan_inputs,
    I64Attr:$num_scan_inputs,
    OptionalAttr<DenseI64ArrayAttr>:$scan_input_axes,
    OptionalAttr<DenseI64ArrayAttr>:$scan_input_directions,
    OptionalAttr<DenseI64ArrayAttr>:$scan_output_axes,
    OptionalAttr<DenseI64ArrayAttr>:$scan_output_directions
  );
  let results = (outs
    Variadic<TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>,
        UI<2>]>>:$final_state_and_scan_outputs
  );
  let regions = (region
    SizedRegion<1>:$body
  );
}

//===----------------------------------------------------------------------===//
// onnx.ScatterElements
//===----------------------------------------------------------------------===//

def ONNX_ScatterElementsOp : ONNX_Op<"ScatterElements", [Pure]> {
  let summary = "ScatterElements takes three inputs data, updates, and indices of the same rank r >= 1 and an optional attribute axis that identifies an axis of data (by...";
  let description = [{
ScatterElements takes three inputs `data`, `updates`, and `indices` of the same
rank r >= 1 and an optional attribute axis that identifies an axis of `data`
(by default, the outer-most axis, that is axis 0). The output of the operation
is produced by creating a copy of the input `data`, and then updating its value
to values specified by `updates` at specific index positions specified by
`indices`. Its output shape is the same as the shape of `data`.

For each entry in `updates`, the target index in `data` is obtained by combining
the corresponding entry in `indices` with the index of the entry itself: the
index-value for dimension = axis is obtained from the value of the corresponding
entry in `indices` and the index-value for dimension != axis is obtained from the
index of the entry itself.

`reduction` allows specification of an optional reduction operation, which is applied to all values in `updates`
tensor into `output` at the specified `indices`.
In cases where `reduction` is set to "none", indices should not have duplicate entries: that is, if idx1 != idx2,
then indices[idx1] != indices[idx2]. For instance, in a 2-D tensor case, the update
corresponding to the [i][j] entry is performed as below:
```
output[indices[i][j]][j] = updates[i][j] if axis = 0,
output[i][indices[i][j]] = updates[i][j] if axis = 1,
```
When `reduction` is set to some reduction function `f`, the update corresponding to the [i][j] entry is performed as below:
```
output[indices[i][j]][j] = f(output[indices[i][j]][j], updates[i][j]) if axis = 0,
output[i][indices[i][j]] = f(output[i][indices[i][j]], updates[i][j]) if axis = 1,
```
where the `f` is `+`, `*`, `max` or `min` as specified.

This operator is the inverse of GatherElements. It is similar to Torch's Scatter operation.

(Opset 18 change): Adds max/min to the set of allowed reduction ops.

Example 1:
```
data = [
    [0.0, 0.0, 0.0],
    [0.0, 0.0, 0.0],
    [0.0, 0.0, 0.0],
]
indices = [
    [1, 0, 2],
    [0, 2, 1],
]
updates = [
    [1.0, 1.1, 1.2],
    [2.0, 2.1, 2.2],
]
output = [
    [2.0, 1.1, 0.0]
    [1.0, 0.0, 2.2]
    [0.0, 2.1, 1.2]
]
```
Example 2:
```
data = [[1.0, 2.0, 3.0, 4.0, 5.0]]
indices = [[1, 3]]
updates = [[1.1, 2.1]]
axis = 1
output = [[1.0, 1.1, 3.0, 2.1, 5.0]]
```

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$data,
    TensorOf<[I32, I64]>:$indices,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$updates,
    DefaultValuedAttr<I64Attr, "0">:$axis,
    DefaultValuedAttr<StrAttr, "\"none\"">:$reduction
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.ScatterND
//===----------------------------------------------------------------------===//

def ONNX_ScatterNDOp : ONNX_Op<"ScatterND", [Pure]> {
  let summary = "ScatterND takes three inputs data tensor of rank r >= 1, indices tensor of rank q >= 1, and updates tensor of rank q + r - indices.shape[-1] - 1.";
  let description = [{
ScatterND takes three inputs `data` tensor of rank r >= 1, `indices` tensor of rank q >= 1,
and `updates` tensor of rank q + r - indices.shape[-1] - 1. The output of the operation
is produced by creating a copy of the input `data`, and then updating its value to values
specified by `updates` at specific index positions specified by `indices`. Its output shape
is the same as the shape of `data`.

`indices` is an integer tensor. Let k denote indices.shape[-1], the last dimension in the shape of `indices`.
`indices` is treated as a (q-1)-dimensional tensor of k-tuples, where each k-tuple is a partial-index into `data`.
Hence, k can be a value at most the rank of `data`. When k equals rank(data), each update entry specifies an
update to a single element of the tensor. When k is less than rank(data) each update entry specifies an
update to a slice of the tensor. Index values are allowed to be negative, as per the usual
convention for counting backwards from the end, but are expected in the valid range.

`updates` is treated as a (q-1)-dimensional tensor of replacement-slice-values. Thus, the
first (q-1) dimensions of updates.shape must match the first (q-1) dimensions of indices.shape.
The remaining dimensions of `updates` correspond to the dimensions of the
replacement-slice-values. Each replacement-slice-value is a (r-k) dimensional tensor,
corresponding to the trailing (r-k) dimensions of `data`.  Thus, the shape of `updates`
must equal indices.shape[0:q-1] ++ data.shape[k:r], where ++ denotes the concatenation
of shapes.

The `output` is calculated via the following equation:

```
output = np.copy(data)
update_indices = indices.shape[:-1]
for idx in np.ndindex(update_indices):
    output[tuple(indices[idx])] = updates[idx]
```

The order of iteration in the above loop is not specified.
In particular, indices should not have duplicate entries: that is, if idx1 != idx2, then indices[idx1] != indices[idx2].
This ensures that the output value does not depend on the iteration order.

`reduction` allows specification of an optional reduction operation, which is applied to all values in `updates`
tensor into `output` at the specified `indices`.
In cases where `reduction` is set to "none", indices should not have duplicate entries: that is, if idx1 != idx2,
then indices[idx1] != indices[idx2]. This ensures that the output value does not depend on the iteration order.
When `reduction` is set to some reduction function `f`, `output` is calculated as follows:

```
output = np.copy(data)
update_indices = indices.shape[:-1]
for idx in np.ndindex(update_indices):
    output[tuple(indices[idx])] = f(output[tuple(indices[idx])], updates[idx])
```

where the `f` is `+`, `*`, `max` or `min` as specified.

This operator is the inverse of GatherND.

(Opset 18 change): Adds max/min to the set of allowed reduction ops.

Example 1:
```
data    = [1, 2, 3, 4, 5, 6, 7, 8]
indices = [[4], [3], [1], [7]]
updates = [9, 10, 11, 12]
output  = [1, 11, 3, 10, 9, 6, 7, 12]
```

Example 2:
```
data    = [[[1, 2, 3, 4], [5, 6, 7, 8], [8, 7, 6, 5], [4, 3, 2, 1]],
            [[1, 2, 3, 4], [5, 6, 7, 8], [8, 7, 6, 5], [4, 3, 2, 1]],
            [[8, 7, 6, 5], [4, 3, 2, 1], [1, 2, 3, 4], [5, 6, 7, 8]],
            [[8, 7, 6, 5], [4, 3, 2, 1], [1, 2, 3, 4], [5, 6, 7, 8]]]
indices = [[0], [2]]
updates = [[[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]],
            [[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]]]
output  = [[[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]],
            [[1, 2, 3, 4], [5, 6, 7, 8], [8, 7, 6, 5], [4, 3, 2, 1]],
            [[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
            [[8, 7, 6, 5], [4, 3, 2, 1], [1, 2, 3, 4], [5, 6, 7, 8]]]
```

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$data,
    TensorOf<[I64]>:$indices,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$updates,
    DefaultValuedAttr<StrAttr, "\"none\"">:$reduction
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Selu
//===----------------------------------------------------------------------===//

def ONNX_SeluOp : ONNX_Op<"Selu", [Pure]> {
  let summary = "Selu takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the scaled exponential linear unit function, y = gamma * (alpha * e^x -...";
  let description = [{
Selu takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where the scaled exponential linear unit function,
`y = gamma * (alpha * e^x - alpha) for x <= 0`, `y = gamma * x for x > 0`,
is applied to the tensor elementwise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    DefaultValuedAttr<F32Attr, "1.6732632">:$alpha,
    DefaultValuedAttr<F32Attr, "1.050701">:$gamma
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.SequenceAt
//===----------------------------------------------------------------------===//

def ONNX_SequenceAtOp : ONNX_Op<"SequenceAt", [Pure]> {
  let summary = "Outputs a tensor copy from the tensor at 'position' in 'input_sequence'.";
  let description = [{
Outputs a tensor copy from the tensor at 'position' in 'input_sequence'.
Accepted range for 'position' is in `[-n, n - 1]`, where `n` is the number of tensors in 'input_sequence'.
Negative value means counting positions from the back.

Follows ai.onnx opset 28 (operator version 11).
  }];
  let arguments = (ins
    ONNX_SeqType:$input_sequence,
    TensorOf<[I32, I64]>:$position
  );
  let results = (outs
    TensorOf<[F32, F64, F16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1, ONNX_StringType,
        Complex<F32>, Complex<F64>]>:$tensor
  );
}

//===----------------------------------------------------------------------===//
// onnx.SequenceConstruct
//===----------------------------------------------------------------------===//

def ONNX_SequenceConstructOp : ONNX_Op<"SequenceConstruct", [Pure]> {
  let summary = "Construct a tensor sequence containing 'inputs' tensors.";
  let description = [{
Construct a tensor sequence containing 'inputs' tensors.
All tensors in 'inputs' must have the same data type.

Follows ai.onnx opset 28 (operator version 11).
  }];
  let arguments = (ins
    Variadic<TensorOf<[F32, F64, F16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>>:$inputs
  );
  let results = (outs
    ONNX_SeqType:$output_sequence
  );
}

//===----------------------------------------------------------------------===//
// onnx.SequenceEmpty
//===----------------------------------------------------------------------===//

def ONNX_SequenceEmptyOp : ONNX_Op<"SequenceEmpty", [Pure]> {
  let summary = "Construct an empty tensor sequence, with given data type.";
  let description = [{
Construct an empty tensor sequence, with given data type.

Follows ai.onnx opset 28 (operator version 11).
  }];
  let arguments = (ins
    OptionalAttr<I64Attr>:$dtype
  );
  let results = (outs
    ONNX_SeqType:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.SequenceErase
//===----------------------------------------------------------------------===//

def ONNX_SequenceEraseOp : ONNX_Op<"SequenceErase", [Pure]> {
  let summary = "Outputs a tensor sequence that removes the tensor at 'position' from 'input_sequence'.";
  let description = [{
Outputs a tensor sequence that removes the tensor at 'position' from 'input_sequence'.
Accepted range for 'position' is in `[-n, n - 1]`, where `n` is the number of tensors in 'input_sequence'.
Negative value means counting positions from the back.
'position' is optional, by default it erases the last tensor from 'input_sequence'.

Follows ai.onnx opset 28 (operator version 11).
  }];
  let arguments = (ins
    ONNX_SeqType:$input_sequence,
    AnyTypeOf<[TensorOf<[I32, I64]>, NoneType]>:$position
  );
  let results = (outs
    ONNX_SeqType:$output_sequence
  );
}

//===----------------------------------------------------------------------===//
// onnx.SequenceInsert
//===----------------------------------------------------------------------===//

def ONNX_SequenceInsertOp : ONNX_Op<"SequenceInsert", [Pure]> {
  let summary = "Outputs a tensor sequence that inserts 'tensor' into 'input_sequence' at 'position'.";
  let description = [{
Outputs a tensor sequence that inserts 'tensor' into 'input_sequence' at 'position'.
'tensor' must have the same data type as 'input_sequence'.
Accepted range for 'position' is in `[-n, n]`, where `n` is the number of tensors in 'input_sequence'.
Negative value means counting positions from the back.
'position' is optional, by default it inserts 'tensor' to the back of 'input_sequence'.

Follows ai.onnx opset 28 (operator version 11).
  }];
  let arguments = (ins
    ONNX_SeqType:$input_sequence,
    TensorOf<[F32, F64, F16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1, ONNX_StringType,
        Complex<F32>, Complex<F64>]>:$tensor,
    AnyTypeOf<[TensorOf<[I32, I64]>, NoneType]>:$position
  );
  let results = (outs
    ONNX_SeqType:$output_sequence
  );
}

//===----------------------------------------------------------------------===//
// onnx.SequenceLength
//===----------------------------------------------------------------------===//

def ONNX_SequenceLengthOp : ONNX_Op<"SequenceLength", [Pure]> {
  let summary = "Produces a scalar(tensor of empty shape) containing the number of tensors in 'input_sequence'.";
  let description = [{
Produces a scalar(tensor of empty shape) containing the number of tensors in 'input_sequence'.

Follows ai.onnx opset 28 (operator version 11).
  }];
  let arguments = (ins
    ONNX_SeqType:$input_sequence
  );
  let results = (outs
    TensorOf<[I64]>:$length
  );
}

//===----------------------------------------------------------------------===//
// onnx.SequenceMap
//===----------------------------------------------------------------------===//

def ONNX_SequenceMapOp : ONNX_Op<"SequenceMap", []> {
  let summary = "Applies a sub-graph to each sample in the input sequence(s).";
  let description = [{
Applies a sub-graph to each sample in the input sequence(s).

Inputs can be either tensors or sequences, with the exception of the first input which must
be a sequence. The length of the first input sequence will determine the number of samples in the
outputs. Any other sequence inputs should have the same number of samples. The number of inputs
and outputs, should match the one of the subgraph.

For each i-th element in the output, a sample will be extracted from the input sequence(s) at
the i-th position and the sub-graph will be applied to it.
The outputs will contain the outputs of the sub-graph for each sample, in the same order as in
the input.

This operator assumes that processing each sample is independent and could executed in parallel
or in any order. Users cannot expect any specific ordering in which each subgraph is computed.

Follows ai.onnx opset 28 (operator version 17).
  }];
  let arguments = (ins
    ONNX_SeqType:$input_sequence,
    Variadic<AnyTypeOf<[TensorOf<[F32, F64, F16, I8, I16, I32, I64, UI8, UI16, UI32, UI64,
        I1, ONNX_StringType, Complex<F32>, Complex<F64>]>,
        ONNX_SeqType]>>:$additional_inputs
  );
  let results = (outs
    Variadic<ONNX_SeqType>:$out_sequence
  );
  let regions = (region
    SizedRegion<1>:$body
  );
}

//===----------------------------------------------------------------------===//
// onnx.Shape
//===----------------------------------------------------------------------===//

def ONNX_ShapeOp : ONNX_Op<"Shape", [Pure]> {
  let summary = "Takes a tensor as input and outputs an 1D int64 tensor containing the shape of the input tensor.";
  let description = [{
Takes a tensor as input and outputs an 1D int64 tensor containing the shape of the input tensor.
Optional attributes start and end can be used to compute a slice of the input tensor's shape.
If start axis is omitted, the slice starts from axis 0.
The end axis, if specified, is exclusive (and the returned value will not include the size of that axis).
If the end axis is omitted, the axes upto the last one will be included.
Negative axes indicate counting back from the last axis.
Note that axes will be clamped to the range [0, r], where r is the
rank of the input tensor if they are out-of-range (after adding r in the case of
negative axis). Thus, specifying any end value > r is equivalent to specifying an end
value of r, and specifying any start value < -r is equivalent to specifying a start
value of 0. If start > end, the result will be an empty shape.

Examples:

```
Input tensor with shape: [2, 3, 4]
No attributes specified.
Output: [2, 3, 4]
```

```
Input tensor with shape: [2, 3, 4]
start: -1
Output: [4]
```

```
Input tensor with shape: [2, 3, 4]
end: -1
Output: [2, 3]
```

```
Input tensor with shape: [2, 3, 4]
start: 1
end: 2
Output: [3]
```

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$data,
    OptionalAttr<I64Attr>:$end,
    DefaultValuedAttr<I64Attr, "0">:$start
  );
  let results = (outs
    TensorOf<[I64]>:$shape
  );
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// onnx.Shrink
//===----------------------------------------------------------------------===//

def ONNX_ShrinkOp : ONNX_Op<"Shrink", [Pure]> {
  let summary = "Shrink takes one input data (Tensor<numeric>) and produces one Tensor output, having same datatype and shape with input.";
  let description = [{
Shrink takes one input data (Tensor<numeric>) and produces one Tensor output,
having same datatype and shape with input. It has two attributes, lambd and
bias. The formula of this operator is: If x < -lambd, y = x + bias;
If x > lambd, y = x - bias; Otherwise, y = 0.

Follows ai.onnx opset 28 (operator version 9).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$input,
    DefaultValuedAttr<F32Attr, "0.0">:$bias,
    DefaultValuedAttr<F32Attr, "0.5">:$lambd
  );
  let results = (outs
    TensorOf<[F32, F64, F16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Sigmoid
//===----------------------------------------------------------------------===//

def ONNX_SigmoidOp : ONNX_Op<"Sigmoid", [Pure]> {
  let summary = "Sigmoid takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the sigmoid function, y = 1 / (1 + exp(-x)), is applied to the...";
  let description = [{
Sigmoid takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where the sigmoid function, y = 1 / (1 + exp(-x)), is applied to the
tensor elementwise.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Sign
//===----------------------------------------------------------------------===//

def ONNX_SignOp : ONNX_Op<"Sign", [Pure]> {
  let summary = "Calculate the sign of the given input tensor element-wise.";
  let description = [{
Calculate the sign of the given input tensor element-wise.
If input > 0, output 1. if input < 0, output -1. if input == 0, output 0.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Sin
//===----------------------------------------------------------------------===//

def ONNX_SinOp : ONNX_Op<"Sin", [Pure]> {
  let summary = "Calculates the sine of the given input tensor, element-wise.";
  let description = [{
Calculates the sine of the given input tensor, element-wise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Sinh
//===----------------------------------------------------------------------===//

def ONNX_SinhOp : ONNX_Op<"Sinh", [Pure]> {
  let summary = "Calculates the hyperbolic sine of the given input tensor element-wise.";
  let description = [{
Calculates the hyperbolic sine of the given input tensor element-wise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Size
//===----------------------------------------------------------------------===//

def ONNX_SizeOp : ONNX_Op<"Size", [Pure]> {
  let summary = "Takes a tensor as input and outputs a int64 scalar that equals to the total number of elements of the input tensor.";
  let description = [{
Takes a tensor as input and outputs a int64 scalar that equals to the total number of elements of the input tensor.

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$data
  );
  let results = (outs
    TensorOf<[I64]>:$size
  );
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// onnx.Slice
//===----------------------------------------------------------------------===//

def ONNX_SliceOp : ONNX_Op<"Slice", [Pure]> {
  let summary = "Produces a slice of the input tensor along multiple axes.";
  let description = [{
Produces a slice of the input tensor along multiple axes. Similar to numpy:
https://numpy.org/doc/stable/user/basics.indexing.html?highlight=slice#slicing-and-striding

Slice uses the `starts`, `ends`, `axes` and `steps` inputs to select a sub-tensor
of its input `data` tensor.

An effective `starts[i]`, `ends[i]`, and `steps[i]` must be computed for each `i`
in `[0, ... r-1]` where `r = rank(input)` as follows:

If `axes` are omitted, they are set to `[0, ..., r-1]`.
If `steps` are omitted, they are set to `[1, ..., 1]` of length `len(starts)`

The effective values are initialized as `starts[i] = 0`, `ends[i] = dims[i]` where
`dims` are the dimensions of `input` and `steps[i] = 1`.

All negative elements of `axes` are made non-negative by adding `r` to them, where
`r =rank(input)`.

All negative values in `starts[i]` and `ends[i]` have `dims[axes[i]]` added to them,
where `dims` are the dimensions of `input`. Then `starts[axes[i]]` is clamped to
range `[0, dims[axes[i]]]` for positive stepping, or to range `[0, dims[axes[i]]-1]`
for negative stepping.

The clamping for the adjusted `ends[i]` depends on the sign of `steps[i]` and must
accommodate copying 0 through `dims[axes[i]]` elements, so for positive stepping
`ends[axes[i]]` is clamped to `[0, dims[axes[i]]]`, while for negative stepping it
is clamped to `[-1, dims[axes[i]]-1]`.

Finally, `steps[axes[i]] = steps[i]`.

For slicing to the end of a dimension with unknown size, it is recommended to pass
in `INT_MAX` when slicing forward and 'INT_MIN' when slicing backward.

Example 1:

```
data = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
]
axes = [0, 1]
starts = [1, 0]
ends = [2, 3]
steps = [1, 2]
result = [
    [5, 7],
]
```

Example 2:

```
data = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
]
starts = [0, 1]
ends = [-1, 1000]
result = [
    [2, 3, 4],
]
```

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$data,
    TensorOf<[I32, I64]>:$starts,
    TensorOf<[I32, I64]>:$ends,
    AnyTypeOf<[TensorOf<[I32, I64]>, NoneType]>:$axes,
    AnyTypeOf<[TensorOf<[I32, I64]>, NoneType]>:$steps
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Softmax
//===----------------------------------------------------------------------===//

def ONNX_SoftmaxOp : ONNX_Op<"Softmax", [Pure]> {
  let summary = "The operator computes the normalized exponential values for the given input.";
  let description = [{
The operator computes the normalized exponential values for the given input:

 Softmax(input, axis) = Exp(input) / ReduceSum(Exp(input), axis=axis, keepdims=1) 

The "axis" attribute indicates the dimension along which Softmax
will be performed. The output tensor has the same shape
and contains the Softmax values of the corresponding input.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input,
    DefaultValuedAttr<I64Attr, "-1">:$axis
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.SoftmaxCrossEntropyLoss
//===----------------------------------------------------------------------===//

def ONNX_SoftmaxCrossEntropyLossOp : ONNX_Op<"SoftmaxCrossEntropyLoss", [Pure]> {
  let summary = "Loss function that measures the softmax cross entropy between 'scores' and 'labels'.";
  let description = [{
Loss function that measures the softmax cross entropy
between 'scores' and 'labels'.
This operator first computes a loss tensor whose shape is identical to the labels input.
If the input is 2-D with shape (N, C), the loss tensor may be a N-element vector L = (l_1, l_2, ..., l_N).
If the input is N-D tensor with shape (N, C, D1, D2, ..., Dk),
the loss tensor L may have (N, D1, D2, ..., Dk) as its shape and L[i,][j_1][j_2]...[j_k] denotes a scalar element in L.
After L is available, this operator can optionally do a reduction operator.

* shape(scores): (N, C) where C is the number of classes, or (N, C, D1, D2,..., Dk),
  with K >= 1 in case of K-dimensional loss.
* shape(labels): (N) where each value is 0 <= labels[i] <= C-1, or (N, D1, D2,..., Dk),
  with K >= 1 in case of K-dimensional loss.

The loss for one sample, l_i, can calculated as follows:
```
l[i][d1][d2]...[dk] = -y[i][c][d1][d2]..[dk], where i is the index of classes.
```
or
```
l[i][d1][d2]...[dk] = -y[i][c][d1][d2]..[dk] * weights[c], if 'weights' is provided.
```

loss is zero for the case when label-value equals ignore_index.
```
l[i][d1][d2]...[dk]  = 0, when labels[n][d1][d2]...[dk] = ignore_index
```

where:
```
p = Softmax(scores)
y = Log(p)
c = labels[i][d1][d2]...[dk]
```

Finally, L is optionally reduced:

* If reduction = 'none', the output is L with shape (N, D1, D2, ..., Dk).
* If reduction = 'sum', the output is scalar: Sum(L).
* If reduction = 'mean', the output is scalar: ReduceMean(L), or if weight is provided: `ReduceSum(L) / ReduceSum(W)`,
  where tensor W is of shape `(N, D1, D2, ..., Dk)` and `W[n][d1][d2]...[dk] = weights[labels[i][d1][d2]...[dk]]`.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$scores,
    TensorOf<[I32, I64]>:$labels,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$weights,
    OptionalAttr<I64Attr>:$ignore_index,
    DefaultValuedAttr<StrAttr, "\"mean\"">:$reduction
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output,
    AnyTypeOf<[TensorOf<[F32, F64, F16, BF16]>, NoneType]>:$log_prob
  );
}

//===----------------------------------------------------------------------===//
// onnx.Softplus
//===----------------------------------------------------------------------===//

def ONNX_SoftplusOp : ONNX_Op<"Softplus", [Pure]> {
  let summary = "Softplus takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the softplus function, y = ln(exp(x) + 1), is applied to the tensor...";
  let description = [{
Softplus takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where the softplus function, y = ln(exp(x) + 1), is applied to
the tensor elementwise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Softsign
//===----------------------------------------------------------------------===//

def ONNX_SoftsignOp : ONNX_Op<"Softsign", [Pure]> {
  let summary = "Calculates the softsign (x/(1+|x|)) of the given input tensor element-wise.";
  let description = [{
Calculates the softsign (x/(1+|x|)) of the given input tensor element-wise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.SpaceToDepth
//===----------------------------------------------------------------------===//

def ONNX_SpaceToDepthOp : ONNX_Op<"SpaceToDepth", [Pure]> {
  let summary = "SpaceToDepth rearranges blocks of spatial data into depth.";
  let description = [{
SpaceToDepth rearranges blocks of spatial data into depth. More specifically,
this op outputs a copy of the input tensor where values from the height and width dimensions
are moved to the depth dimension. `mode` determines whether blocks are ordered depth-column-row
(`DCR`, the default) or column-row-depth (`CRD`).

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input,
    I64Attr:$blocksize,
    DefaultValuedAttr<StrAttr, "\"DCR\"">:$mode
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Split
//===----------------------------------------------------------------------===//

def ONNX_SplitOp : ONNX_Op<"Split", [Pure]> {
  let summary = "Split a tensor into a list of tensors, along the specified 'axis'.";
  let description = [{
Split a tensor into a list of tensors, along the specified 'axis'.
Either input 'split' or the attribute 'num_outputs' should be specified, but not both.
If the attribute 'num_outputs' is specified, then the tensor is split into equal sized parts.
If the tensor is not evenly splittable into `num_outputs`, the last chunk will be smaller.
If the input 'split' is specified, it indicates the sizes of each output in the split.

Follows ai.onnx opset 28 (operator version 18).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$split,
    DefaultValuedAttr<I64Attr, "0">:$axis,
    OptionalAttr<I64Attr>:$num_outputs
  );
  let results = (outs
    Variadic<TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>>:$outputs
  );
}

//===----------------------------------------------------------------------===//
// onnx.SplitToSequence
//===----------------------------------------------------------------------===//

def ONNX_SplitToSequenceOp : ONNX_Op<"SplitToSequence", [Pure]> {
  let summary = "Split a tensor into a sequence of tensors, along the specified 'axis'.";
  let description = [{
Split a tensor into a sequence of tensors, along the specified 'axis'.
Lengths of the parts can be specified using the optional argument 'split'.
If the argument `split' is not specified, a default scalar value of 1
is used as the value of `split'.
'split' must contain only positive numbers.
'split' is either a scalar (tensor of empty shape), or a 1-D tensor.
If 'split' is a scalar, then 'input' will be split into chunks all of size 'split'
if possible. The last chunk alone may be smaller than 'split' if the 'input' size
along the given axis 'axis' is not divisible by 'split'.
If 'split' is a 1-dimensional tensor, the input tensor is split into 'size(split)' chunks,
with lengths of the parts on 'axis' specified in 'split'. In this scenario, the sum of entries
in 'split' must be equal to the dimension size of input tensor on 'axis'.

Follows ai.onnx opset 28 (operator version 24).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input,
    AnyTypeOf<[TensorOf<[I32, I64]>, NoneType]>:$split,
    DefaultValuedAttr<I64Attr, "0">:$axis,
    DefaultValuedAttr<I64Attr, "1">:$keepdims
  );
  let results = (outs
    ONNX_SeqType:$output_sequence
  );
}

//===----------------------------------------------------------------------===//
// onnx.Sqrt
//===----------------------------------------------------------------------===//

def ONNX_SqrtOp : ONNX_Op<"Sqrt", [Pure]> {
  let summary = "Square root takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the square root is, y = x^0.5, is applied to the tensor elementwise.";
  let description = [{
Square root takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where the square root is, y = x^0.5, is applied to
the tensor elementwise. If x is negative, then it will return NaN.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Squeeze
//===----------------------------------------------------------------------===//

def ONNX_SqueezeOp : ONNX_Op<"Squeeze", [Pure]> {
  let summary = "Remove single-dimensional entries from the shape of a tensor.";
  let description = [{
Remove single-dimensional entries from the shape of a tensor.
Takes an input `axes` with a list of axes to squeeze.
If `axes` is not provided, all the single dimensions will be removed from
the shape. If an axis is selected with shape entry not equal to one, an error is raised.

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$data,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$squeezed
  );
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// onnx.StringConcat
//===----------------------------------------------------------------------===//

def ONNX_StringConcatOp : ONNX_Op<"StringConcat", [Pure]> {
  let summary = "StringConcat concatenates string tensors elementwise (with NumPy-style broadcasting support).";
  let description = [{
StringConcat concatenates string tensors elementwise (with NumPy-style broadcasting support)

Follows ai.onnx opset 28 (operator version 20).
  }];
  let arguments = (ins
    TensorOf<[ONNX_StringType]>:$X,
    TensorOf<[ONNX_StringType]>:$Y
  );
  let results = (outs
    TensorOf<[ONNX_StringType]>:$Z
  );
}

//===----------------------------------------------------------------------===//
// onnx.StringNormalizer
//===----------------------------------------------------------------------===//

def ONNX_StringNormalizerOp : ONNX_Op<"StringNormalizer", [Pure]> {
  let summary = "StringNormalization performs string operations for basic cleaning.";
  let description = [{
StringNormalization performs string operations for basic cleaning.
This operator has only one input (denoted by X) and only one output
(denoted by Y). This operator first examines the elements in the X,
and removes elements specified in "stopwords" attribute.
After removing stop words, the intermediate result can be further lowercased,
uppercased, or just returned depending the "case_change_action" attribute.
This operator only accepts [C]- and [1, C]-tensor.
If all elements in X are dropped, the output will be the empty value of string tensor with shape [1]
if input shape is [C] and shape [1, 1] if input shape is [1, C].

Follows ai.onnx opset 28 (operator version 10).
  }];
  let arguments = (ins
    TensorOf<[ONNX_StringType]>:$X,
    DefaultValuedAttr<StrAttr, "\"NONE\"">:$case_change_action,
    DefaultValuedAttr<I64Attr, "0">:$is_case_sensitive,
    OptionalAttr<StrAttr>:$locale,
    OptionalAttr<StrArrayAttr>:$stopwords
  );
  let results = (outs
    TensorOf<[ONNX_StringType]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.StringSplit
//===----------------------------------------------------------------------===//

def ONNX_StringSplitOp : ONNX_Op<"StringSplit", [Pure]> {
  let summary = "StringSplit splits a string tensor's elements into substrings based on a delimiter attribute and a maxsplit attribute.";
  let description = [{
StringSplit splits a string tensor's elements into substrings based on a delimiter attribute and a maxsplit attribute.

The first output of this operator is a tensor of strings representing the substrings from splitting each input string on the `delimiter` substring. This tensor has one additional rank compared to the input tensor in order to store the substrings for each input element (where the input tensor is not empty). Note that, in order to ensure the same number of elements are present in the final dimension, this tensor will pad empty strings as illustrated in the examples below. Consecutive delimiters are not grouped together and are deemed to delimit empty strings, except if the `delimiter` is unspecified or is the empty string (""). In the case where the `delimiter` is unspecified or the empty string, consecutive whitespace characters are regarded as a single separator and leading or trailing whitespace is removed in the output.

The second output tensor represents the number of substrings generated. `maxsplit` can be used to limit the number of splits performed - after the `maxsplit`th split if the string is not fully split, the trailing suffix of input string after the final split point is also added. For elements where fewer splits are possible than specified in `maxsplit`, it has no effect.

Follows ai.onnx opset 28 (operator version 20).
  }];
  let arguments = (ins
    TensorOf<[ONNX_StringType]>:$X,
    OptionalAttr<StrAttr>:$delimiter,
    OptionalAttr<I64Attr>:$maxsplit
  );
  let results = (outs
    TensorOf<[ONNX_StringType]>:$Y,
    TensorOf<[I64]>:$Z
  );
}

//===----------------------------------------------------------------------===//
// onnx.Sub
//===----------------------------------------------------------------------===//

def ONNX_SubOp : ONNX_Op<"Sub", [Pure]> {
  let summary = "Performs element-wise binary subtraction (with Numpy-style broadcasting support).";
  let description = [{
Performs element-wise binary subtraction (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

(Opset 14 change): Extend supported types to include uint8, int8, uint16, and int16.

Follows ai.onnx opset 28 (operator version 14).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$A,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$B
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$C
  );
}

//===----------------------------------------------------------------------===//
// onnx.Sum
//===----------------------------------------------------------------------===//

def ONNX_SumOp : ONNX_Op<"Sum", [Pure]> {
  let summary = "Element-wise sum of each of the input tensors (with Numpy-style broadcasting support).";
  let description = [{
Element-wise sum of each of the input tensors (with Numpy-style broadcasting support).
All inputs and outputs must have the same data type.
This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    Variadic<TensorOf<[F32, F64, F16, BF16]>>:$data_0
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$sum
  );
}

//===----------------------------------------------------------------------===//
// onnx.SwiGLU
//===----------------------------------------------------------------------===//

def ONNX_SwiGLUOp : ONNX_Op<"SwiGLU", [Pure]> {
  let summary = "SwiGLU is a gated activation that takes two inputs, a gate A and a linear (value) input B, and produces one output Y.";
  let description = [{
SwiGLU is a gated activation that takes two inputs, a gate `A` and a linear (value)
input `B`, and produces one output `Y`. It applies the Swish activation to the gate
and multiplies the result elementwise by the linear input:

```
Y = Swish_alpha(A) * B
```

The gate activation `Swish_alpha` is exactly the `Swish` operator with the same
`alpha`, i.e. `Swish_alpha(a) = a * Sigmoid(alpha * a)`. Inputs `A` and `B` must
have identical shapes; broadcasting is not applied and the output `Y` has the same
shape as the inputs.

Exporters typically produce `A` and `B` in one of two ways: for the common
two-projection form (e.g. Llama's `gate_proj`/`up_proj`) wire the two projection
outputs directly to `A` (gate) and `B` (value); for a fused/packed single
projection, split it upstream into `A` and `B` with `Split` (contiguous layout)
or `Slice`/`Gather` (interleaved layout).

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$A,
    TensorOf<[F32, F64, F16, BF16]>:$B,
    DefaultValuedAttr<F32Attr, "1.0">:$alpha
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Swish
//===----------------------------------------------------------------------===//

def ONNX_SwishOp : ONNX_Op<"Swish", [Pure]> {
  let summary = "Swish function takes one input data (Tensor<T>) and produces one output data (Tensor<T>) of the same shape, where $Swish(x) = x * sigmoid(alpha * x)$.";
  let description = [{
Swish function takes one input data (Tensor<T>) and produces one output data (Tensor<T>) of the same shape,
where $Swish(x) = x * sigmoid(alpha * x)$.

Follows ai.onnx opset 28 (operator version 24).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    DefaultValuedAttr<F32Attr, "1.0">:$alpha
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Tan
//===----------------------------------------------------------------------===//

def ONNX_TanOp : ONNX_Op<"Tan", [Pure]> {
  let summary = "Calculates the tangent of the given input tensor, element-wise.";
  let description = [{
Calculates the tangent of the given input tensor, element-wise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Tanh
//===----------------------------------------------------------------------===//

def ONNX_TanhOp : ONNX_Op<"Tanh", [Pure]> {
  let summary = "Calculates the hyperbolic tangent of the given input tensor element-wise.";
  let description = [{
Calculates the hyperbolic tangent of the given input tensor element-wise.

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$input
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.TensorScatter
//===----------------------------------------------------------------------===//

def ONNX_TensorScatterOp : ONNX_Op<"TensorScatter", [Pure]> {
  let summary = "TensorScatter is a generic tensor update operation, motivated by the requirements for KV cache updates for Attention ops commonly found in LLMs.";
  let description = [{
TensorScatter is a generic tensor update operation, motivated by the requirements for KV cache updates for Attention
ops commonly found in LLMs. It is a functional operation that models an in-place update to a KV cache buffer.

The past and present cache tensors have the same shape (batch_size, D1, D2, ..., max_sequence_length, ..., Dn), with
the sequence dimension (indicated by the `axis` attribute) being max_sequence_length, so the sizes of these tensors do
not need to grow between iterations. The `update` tensor's shape only differs from the cache tensors in the sequence
dimension: (batch_size, D1, D2, ..., sequence_length, ..., Dn), where sequence_length <= max_sequence_length.

The optional `write_indices` input indicates the write index for each sample in the batch, assumed to be zero
if not provided. When the `mode` attribute is set to "circular", the write index is modulo max_sequence_length.
The operation can be described using the following pseudocode:

```
for prefix_idx in np.ndindex(past_cache.shape[:axis]):
    batch_idx = prefix_idx[0]
    for sequence_idx in range(sequence_length):
        cache_sequence_idx = write_indices[batch_idx] + sequence_idx
        if mode == "circular":
            cache_sequence_idx = cache_sequence_idx % max_sequence_length
        cache_idx = (*prefix_idx, cache_sequence_idx)
        update_idx = (*prefix_idx, sequence_idx)
        present_cache[cache_idx] = update[update_idx]
```

During the prefill phase of attention, only the first two inputs are needed. During the decode phase, `write_indices`
is also needed so that the incoming key or value update can be appended after the last valid token for each sample
in the batch.

Follows ai.onnx opset 28 (operator version 24).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>]>:$past_cache,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>]>:$update,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$write_indices,
    DefaultValuedAttr<I64Attr, "-2">:$axis,
    DefaultValuedAttr<StrAttr, "\"linear\"">:$mode
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>]>:$present_cache
  );
}

//===----------------------------------------------------------------------===//
// onnx.TfIdfVectorizer
//===----------------------------------------------------------------------===//

def ONNX_TfIdfVectorizerOp : ONNX_Op<"TfIdfVectorizer", [Pure]> {
  let summary = "This transform extracts n-grams from the input sequence and save them as a vector.";
  let description = [{
This transform extracts n-grams from the input sequence and save them as a vector. Input can
be either a 1-D or 2-D tensor. For 1-D input, output is the n-gram representation of that input.
For 2-D input, the output is also a  2-D tensor whose i-th row is the n-gram representation of the i-th input row.
More specifically, if input shape is [C], the corresponding output shape would be [max(ngram_indexes) + 1].
If input shape is [N, C], this operator produces a [N, max(ngram_indexes) + 1]-tensor.

In contrast to standard n-gram extraction, here, the indexes of extracting an n-gram from the original
sequence are not necessarily consecutive numbers. The discontinuity between indexes are controlled by the number of skips.
If the number of skips is 2, we should skip two tokens when scanning through the original sequence.
Let's consider an example. Assume that input sequence is [94, 17, 36, 12, 28] and the number of skips is 2.
The associated 2-grams are [94, 12] and [17, 28] respectively indexed by [0, 3] and [1, 4].
If the number of skips becomes 0, the 2-grams generated are [94, 17], [17, 36], [36, 12], [12, 28]
indexed by [0, 1], [1, 2], [2, 3], [3, 4], respectively.

The output vector (denoted by Y) stores the count of each n-gram;
Y[ngram_indexes[i]] indicates the times that the i-th n-gram is found. The attribute ngram_indexes is used to determine the mapping
between index i and the corresponding n-gram's output coordinate. If pool_int64s is [94, 17, 17, 36], ngram_indexes is [1, 0],
ngram_counts=[0, 0], then the Y[0] (first element in Y) and Y[1] (second element in Y) are the counts of [17, 36] and [94, 17],
respectively. An n-gram which cannot be found in pool_strings/pool_int64s should be ignored and has no effect on the output.
Note that we may consider all skips up to S when generating the n-grams.

The examples used above are true if mode is "TF". If mode is "IDF", all the counts larger than 1 would be truncated to 1 and
the i-th element in weights would be used to scale (by multiplication) the count of the i-th n-gram in pool. If mode is "TFIDF",
this operator first computes the counts of all n-grams and then scale them by the associated values in the weights attribute.

Only one of pool_strings and pool_int64s can be set. If pool_int64s is set, the input should be an integer tensor.
If pool_strings is set, the input must be a string tensor.

Follows ai.onnx opset 28 (operator version 9).
  }];
  let arguments = (ins
    TensorOf<[I32, I64, ONNX_StringType]>:$X,
    I64Attr:$max_gram_length,
    I64Attr:$max_skip_count,
    I64Attr:$min_gram_length,
    StrAttr:$mode,
    DenseI64ArrayAttr:$ngram_counts,
    DenseI64ArrayAttr:$ngram_indexes,
    OptionalAttr<DenseI64ArrayAttr>:$pool_int64s,
    OptionalAttr<StrArrayAttr>:$pool_strings,
    OptionalAttr<DenseF32ArrayAttr>:$weights
  );
  let results = (outs
    TensorOf<[F32]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.ThresholdedRelu
//===----------------------------------------------------------------------===//

def ONNX_ThresholdedReluOp : ONNX_Op<"ThresholdedRelu", [Pure]> {
  let summary = "ThresholdedRelu takes one input data (Tensor<T>) and produces one output data (Tensor<T>) where the rectified linear function, y = x for x > alpha, y = 0...";
  let description = [{
ThresholdedRelu takes one input data (Tensor<T>) and produces one output data
(Tensor<T>) where the rectified linear function, y = x for x > alpha, y = 0 otherwise,
is applied to the tensor elementwise.

Follows ai.onnx opset 28 (operator version 22).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16]>:$X,
    DefaultValuedAttr<F32Attr, "1.0">:$alpha
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16]>:$Y
  );
}

//===----------------------------------------------------------------------===//
// onnx.Tile
//===----------------------------------------------------------------------===//

def ONNX_TileOp : ONNX_Op<"Tile", [Pure]> {
  let summary = "Constructs a tensor by tiling a given tensor.";
  let description = [{
Constructs a tensor by tiling a given tensor.
This is the same as function `tile` in Numpy, but no broadcast.
For example A = [[1, 2], [3, 4]], B = [1, 2], tile(A, B) = [[1, 2, 1, 2], [3, 4, 3, 4]]

Follows ai.onnx opset 28 (operator version 13).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input,
    TensorOf<[I64]>:$repeats
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.TopK
//===----------------------------------------------------------------------===//

def ONNX_TopKOp : ONNX_Op<"TopK", [Pure]> {
  let summary = "Retrieve the top-K largest or smallest elements along a specified axis.";
  let description = [{
Retrieve the top-K largest or smallest elements along a specified axis. Given an input tensor of
shape [a_0, a_1, ..., a_{n-1} ] and integer argument k, return two outputs:

* Value tensor of shape [a_0, a_1, ..., a_{axis-1}, k, a_{axis+1}, ... a_{n-1} ]
  which contains the values of the top k elements along the specified axis
* Index tensor of shape [a_0, a_1, ..., a_{axis-1}, k, a_{axis+1}, ... a_{n-1} ] which
  contains the indices of the top k elements (original indices from the input
  tensor).

* If "largest" is 1 (the default value) then the k largest elements are returned.
* If "sorted" is 1 (the default value) then the resulting k elements will be sorted.
* If "sorted" is 0, order of returned 'Values' and 'Indices' are undefined.

Given two equivalent values, this operator uses the indices along the axis as
a tiebreaker. That is, the element with the lower index will appear first.

Follows ai.onnx opset 28 (operator version 24).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$X,
    TensorOf<[I64]>:$K,
    DefaultValuedAttr<I64Attr, "-1">:$axis,
    DefaultValuedAttr<I64Attr, "1">:$largest,
    DefaultValuedAttr<I64Attr, "1">:$sorted
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>:$Values,
    TensorOf<[I64]>:$Indices
  );
}

//===----------------------------------------------------------------------===//
// onnx.Transpose
//===----------------------------------------------------------------------===//

def ONNX_TransposeOp : ONNX_Op<"Transpose", [Pure]> {
  let summary = "Returns a transpose of the input tensor.";
  let description = [{
Returns a transpose of the input tensor. (Similar to `numpy.transpose`).
The optional attribute `perm` specifies the permutation of the axes of the
input tensor. `perm` must contain each axis index in `[0, n-1]` exactly once,
so its length is equal to the rank `n` of the input tensor.

Axis `i` of the output tensor corresponds to axis `perm[i]` of the input tensor.

If the attribute is omitted, its default value is `(n-1, ..., 0)`, where `n`
is the rank of the input tensor (that is, the dimensions are reversed).

For example, when perm=(1, 0, 2), given an input tensor of shape (1, 2, 3),
the output shape will be (2, 1, 3).
When perm=(1, 2, 0), given an input tensor of shape (1, 2, 3),
the output shape will be (2, 3, 1).
A 0-D or 1-D input is valid; in those cases the output has the same shape
as the input.

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$data,
    OptionalAttr<DenseI64ArrayAttr>:$perm
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$transposed
  );
}

//===----------------------------------------------------------------------===//
// onnx.Trilu
//===----------------------------------------------------------------------===//

def ONNX_TriluOp : ONNX_Op<"Trilu", [Pure]> {
  let summary = "Given a 2-D matrix or batches of 2-D matrices, returns the upper or lower triangular part of the tensor(s).";
  let description = [{
Given a 2-D matrix or batches of 2-D matrices, returns the upper or lower triangular part of the tensor(s).
The attribute "upper" determines whether the upper or lower part is retained. If set to true,
the upper triangular matrix is retained. Lower triangular matrix is retained otherwise.
Default value for the "upper" attribute is true.
Trilu takes one input tensor of shape [*, N, M], where * is zero or more batch dimensions. The upper triangular part consists
of the elements on and above the given diagonal (k). The lower triangular part consists of elements on and below the diagonal.
All other elements in the matrix are set to zero.
If k = 0, the triangular part on and above/below the main diagonal is retained.
If upper is set to true, a positive k retains the upper triangular matrix excluding the main diagonal and (k-1) diagonals above it.
A negative k value retains the main diagonal and |k| diagonals below it.
If upper is set to false, a positive k retains the lower triangular matrix including the main diagonal and k diagonals above it.
A negative k value excludes the main diagonal and (|k|-1) diagonals below it.

Follows ai.onnx opset 28 (operator version 14).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$input,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$k,
    DefaultValuedAttr<I64Attr, "1">:$upper
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Unique
//===----------------------------------------------------------------------===//

def ONNX_UniqueOp : ONNX_Op<"Unique", [Pure]> {
  let summary = "Find the unique elements of a tensor.";
  let description = [{
Find the unique elements of a tensor. When an optional attribute 'axis' is provided, unique subtensors sliced along the 'axis' are returned.
Otherwise the input tensor is flattened and unique values of the flattened tensor are returned.

This operator returns the unique values or sliced unique subtensors of the input tensor and three optional outputs.
The first output tensor 'Y' contains all unique values or subtensors of the input.
The second optional output tensor 'indices' contains indices of 'Y' elements' first occurrence in 'X'.
The third optional output tensor 'inverse_indices' contains, for elements of 'X', its corresponding indices in 'Y'.
The fourth optional output tensor 'counts' contains the count of each element of 'Y' in the input.

Outputs are either sorted in ascending order or optionally in the order of the first occurrence of the values in the input.

https://docs.scipy.org/doc/numpy/reference/generated/numpy.unique.html

Example 1:
```
input_X = [2, 1, 1, 3, 4, 3]
attribute_sorted = 0
attribute_axis = None
output_Y = [2, 1, 3, 4]
output_indices = [0, 1, 3, 4]
output_inverse_indices = [0, 1, 1, 2, 3, 2]
output_counts = [1, 2, 2, 1]
```

Example 2:
```
input_X = [[1, 3], [2, 3]]
attribute_sorted = 1
attribute_axis = None
output_Y = [1, 2, 3]
output_indices = [0, 2, 1]
output_inverse_indices = [0, 2, 1, 2]
output_counts = [1, 1, 2]
```

Example 3:
```
input_X = [[1, 0, 0], [1, 0, 0], [2, 3, 4]]
attribute_sorted = 1
attribute_axis = 0
output_Y = [[1, 0, 0], [2, 3, 4]]
output_indices = [0, 2]
output_inverse_indices = [0, 0, 1]
output_counts = [2, 1]
```

Example 4:
```
input_x = [[[1., 1.], [0., 1.], [2., 1.], [0., 1.]],
            [[1., 1.], [0., 1.], [2., 1.], [0., 1.]]]
attribute_sorted = 1
attribute_axis = 1
```

intermediate data are presented below for better understanding:
there are 4 subtensors sliced along axis 1 of input_x (shape = (2, 4, 2)):
```
A: [[1, 1], [1, 1]],
   [[0, 1], [0, 1]],
   [[2, 1], [2, 1]],
   [[0, 1], [0, 1]].
```

there are 3 unique subtensors:
```
[[1, 1], [1, 1]],
[[0, 1], [0, 1]],
[[2, 1], [2, 1]].
```

sorted unique subtensors:
```
B: [[0, 1], [0, 1]],
   [[1, 1], [1, 1]],
   [[2, 1], [2, 1]].
```

output_Y is constructed from B:
```
[[[0. 1.], [1. 1.], [2. 1.]],
 [[0. 1.], [1. 1.], [2. 1.]]]
```

output_indices is to map from B to A:
```
[1, 0, 2]
```

output_inverse_indices is to map from A to B:
```
[1, 0, 2, 0]
```

output_counts:
```
[2, 1, 1]
```

Follows ai.onnx opset 28 (operator version 28).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$X,
    OptionalAttr<I64Attr>:$axis,
    DefaultValuedAttr<I64Attr, "1">:$sorted
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$Y,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$indices,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$inverse_indices,
    AnyTypeOf<[TensorOf<[I64]>, NoneType]>:$counts
  );
}

//===----------------------------------------------------------------------===//
// onnx.Unsqueeze
//===----------------------------------------------------------------------===//

def ONNX_UnsqueezeOp : ONNX_Op<"Unsqueeze", [Pure]> {
  let summary = "Insert single-dimensional entries to the shape of an input tensor (data).";
  let description = [{
Insert single-dimensional entries to the shape of an input tensor (`data`).
Takes one required input `axes` - which contains a list of dimension indices and this operator will insert a dimension of value `1` into the corresponding index of the output tensor (`expanded`).

For example, given an input tensor (`data`) of shape [3, 4, 5], then
Unsqueeze(data, axes=[0, 4]) outputs a tensor (`expanded`) containing same data as `data` but with shape [1, 3, 4, 5, 1].

The input `axes` should not contain any duplicate entries. It is an error if it contains duplicates.
The rank of the output tensor (`output_rank`) is the rank of the input tensor (`data`) plus the number of values in `axes`.
Each value in `axes` should be within the (inclusive) range [-output_rank , output_rank - 1].
The order of values in `axes` does not matter and can come in any order.

Follows ai.onnx opset 28 (operator version 25).
  }];
  let arguments = (ins
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$data,
    TensorOf<[I64]>:$axes
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>, F8E4M3FN, F8E4M3FNUZ, F8E5M2,
        F8E5M2FNUZ, F8E8M0FNU, F4E2M1FN, I<4>, UI<4>, I<2>, UI<2>]>:$expanded
  );
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// onnx.Where
//===----------------------------------------------------------------------===//

def ONNX_WhereOp : ONNX_Op<"Where", [Pure]> {
  let summary = "Return elements, either from X or Y, depending on condition.";
  let description = [{
Return elements, either from X or Y, depending on condition.
Where behaves like
[numpy.where](https://docs.scipy.org/doc/numpy/reference/generated/numpy.where.html)
with three parameters.

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 16).
  }];
  let arguments = (ins
    TensorOf<[I1]>:$condition,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$X,
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$Y
  );
  let results = (outs
    TensorOf<[F32, F64, F16, BF16, I8, I16, I32, I64, UI8, UI16, UI32, UI64, I1,
        ONNX_StringType, Complex<F32>, Complex<F64>]>:$output
  );
}

//===----------------------------------------------------------------------===//
// onnx.Xor
//===----------------------------------------------------------------------===//

def ONNX_XorOp : ONNX_Op<"Xor", [Pure]> {
  let summary = "Returns the tensor resulted from performing the xor logical operation elementwise on the input tensors A and B (with Numpy-style broadcasting support).";
  let description = [{
Returns the tensor resulted from performing the `xor` logical operation
elementwise on the input tensors `A` and `B` (with Numpy-style broadcasting support).

This operator supports **multidirectional (i.e., Numpy-style) broadcasting**; for more details please check [the doc](Broadcasting.md).

Follows ai.onnx opset 28 (operator version 7).
  }];
  let arguments = (ins
    TensorOf<[I1]>:$A,
    TensorOf<[I1]>:$B
  );
  let results = (outs
    TensorOf<[I1]>:$C
  );
}

#endif // ONNXC_DIALECTS_ONNX_ONNXOPS_GEN_TD
