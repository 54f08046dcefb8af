//===- ElementTypes.cpp - ONNX data types <-> MLIR types ------------------===//

#include "dialects/onnx/ElementTypes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "mlir/IR/Builders.h"

using namespace mlir;

namespace onnxc::onnx {

// TensorProto.DataType numbers, from onnx.proto.
enum DataType : int32_t {
  kFloat = 1, kUint8 = 2, kInt8 = 3, kUint16 = 4, kInt16 = 5, kInt32 = 6,
  kInt64 = 7, kString = 8, kBool = 9, kFloat16 = 10, kDouble = 11,
  kUint32 = 12, kUint64 = 13, kComplex64 = 14, kComplex128 = 15,
  kBfloat16 = 16,
};

Type getElementType(MLIRContext *context, int64_t dataType) {
  Builder b(context);
  auto unsignedInt = [&](unsigned width) {
    return IntegerType::get(context, width, IntegerType::Unsigned);
  };
  switch (dataType) {
  case kFloat: return b.getF32Type();
  case kUint8: return unsignedInt(8);
  case kInt8: return b.getIntegerType(8);
  case kUint16: return unsignedInt(16);
  case kInt16: return b.getIntegerType(16);
  case kInt32: return b.getI32Type();
  case kInt64: return b.getI64Type();
  case kString: return StringType::get(context);
  case kBool: return b.getI1Type();
  case kFloat16: return b.getF16Type();
  case kDouble: return b.getF64Type();
  case kUint32: return unsignedInt(32);
  case kUint64: return unsignedInt(64);
  case kComplex64: return ComplexType::get(b.getF32Type());
  case kComplex128: return ComplexType::get(b.getF64Type());
  case kBfloat16: return b.getBF16Type();
  default: return nullptr;
  }
}

int32_t getONNXDataType(Type type) {
  if (type.isF32()) return kFloat;
  if (type.isF64()) return kDouble;
  if (type.isF16()) return kFloat16;
  if (type.isBF16()) return kBfloat16;
  if (type.isInteger(1)) return kBool;
  if (auto intType = dyn_cast<IntegerType>(type)) {
    bool isUnsigned = intType.isUnsigned();
    switch (intType.getWidth()) {
    case 8: return isUnsigned ? kUint8 : kInt8;
    case 16: return isUnsigned ? kUint16 : kInt16;
    case 32: return isUnsigned ? kUint32 : kInt32;
    case 64: return isUnsigned ? kUint64 : kInt64;
    }
  }
  if (isa<StringType>(type)) return kString;
  return 0;
}

llvm::StringRef getONNXDataTypeName(int64_t dataType) {
  switch (dataType) {
  case kFloat: return "float";
  case kUint8: return "uint8";
  case kInt8: return "int8";
  case kUint16: return "uint16";
  case kInt16: return "int16";
  case kInt32: return "int32";
  case kInt64: return "int64";
  case kString: return "string";
  case kBool: return "bool";
  case kFloat16: return "float16";
  case kDouble: return "double";
  case kUint32: return "uint32";
  case kUint64: return "uint64";
  case kComplex64: return "complex64";
  case kComplex128: return "complex128";
  case kBfloat16: return "bfloat16";
  // Newer than Debian's libonnx, which has no names for them.
  case 17: return "float8e4m3fn";
  case 18: return "float8e4m3fnuz";
  case 19: return "float8e5m2";
  case 20: return "float8e5m2fnuz";
  case 21: return "uint4";
  case 22: return "int4";
  case 23: return "float4e2m1";
  case 24: return "float8e8m0";
  case 25: return "uint2";
  case 26: return "int2";
  case 27: return "float6e2m3";
  case 28: return "float6e3m2";
  default: return "unknown";
  }
}

} // namespace onnxc::onnx
