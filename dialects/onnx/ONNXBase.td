//===- ONNXBase.td - onnx dialect, base op class and types -*- tablegen -*-===//
//
// Hand-written. The ops themselves are generated into ONNXOps.gen.td by
// utils/gen_onnx_dialect.py; hand-written extra ops live in ONNXExtraOps.td.
// Rationale and conventions: docs/dialect.md.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_ONNXBASE_TD
#define ONNXC_DIALECTS_ONNX_ONNXBASE_TD

include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/OpBase.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Dialect
//===----------------------------------------------------------------------===//

def ONNX_Dialect : Dialect {
  let name = "onnx";
  let cppNamespace = "::onnxc::onnx";
  let summary = "The ONNX operator set (ai.onnx), one canonical form per op";
  let description = [{
    The `onnx` dialect models the ai.onnx operator set as typed MLIR ops. Every
    operator has exactly one form: the newest opset version's. The importer
    upgrades older forms (attributes that became inputs, renamed attributes),
    so passes below it see only this one. Absent optional inputs and outputs
    are values of `none` type (inputs come from `onnx.NoValue`).
  }];
  let useDefaultTypePrinterParser = 1;
  let hasConstantMaterializer = 1;
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

class ONNX_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<ONNX_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def ONNX_StringType : ONNX_Type<"String", "string"> {
  let summary = "ONNX string element type";
  let description = [{
    The element type of ONNX `tensor(string)` values: `tensor<?x!onnx.string>`.
  }];
}

def ONNX_SeqType : ONNX_Type<"Seq", "seq"> {
  let summary = "ONNX sequence of values";
  let description = [{
    An ONNX `seq(T)` value, for example `!onnx.seq<tensor<*xf32>>`.
  }];
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
}

def ONNX_OptType : ONNX_Type<"Opt", "opt"> {
  let summary = "ONNX optional value";
  let description = [{
    An ONNX `optional(T)` value, for example `!onnx.opt<tensor<*xf32>>`.
  }];
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
}

//===----------------------------------------------------------------------===//
// Base op class
//===----------------------------------------------------------------------===//

class ONNX_Op<string mnemonic, list<Trait> traits = []>
    : Op<ONNX_Dialect, mnemonic, traits>;

#endif // ONNXC_DIALECTS_ONNX_ONNXBASE_TD
