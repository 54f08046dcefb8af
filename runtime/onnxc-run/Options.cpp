//===- Options.cpp - onnxc-run command line -------------------------------===//
#include "Options.h"

#include "Error.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>

using namespace onnxc::run;

const char *onnxc::run::usage() {
  return R"(usage: onnxc-run MODEL.so [options]

Runs a library compiled by onnxc once, and optionally benchmarks it.

inputs (at most one of):
  --input NAME=FILE.pb      an input as an ONNX TensorProto (repeat per input)
  --test-data-dir DIR       DIR/input_K.pb in, DIR/output_K.pb compared
  (neither)                 deterministic pseudo-random inputs
  --input-shape NAME:DxDx.. dims of a random input (dynamic dims default to 1)

outputs:
  --output-dir DIR          write output K to DIR/output_K.pb
  --rtol R, --atol A        tolerance |actual - expected| <= A + R*|expected|
                            (defaults 1e-3 and 1e-7)

benchmark:
  --iterations N            time N runs after the first
  --warmup M                untimed runs before them (default 10)
  --threads T               threads of the model's context (default 0: one
                            per core)

model:
  --name P                  use the symbol P_onnxc_api instead of searching
                            the library for the one "*_onnxc_api" symbol
)";
}

static int64_t parseInt(const std::string &flag, const std::string &text,
                        int64_t min, int64_t max) {
  errno = 0;
  char *end = nullptr;
  long long value = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || errno == ERANGE || value < min ||
      value > max)
    throw Error(flag + ": expected an integer in [" + std::to_string(min) +
                ", " + std::to_string(max) + "], got '" + text + "'");
  return value;
}

static double parseDouble(const std::string &flag, const std::string &text) {
  errno = 0;
  char *end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || errno == ERANGE || !(value >= 0))
    throw Error(flag + ": expected a non-negative number, got '" + text + "'");
  return value;
}

static NamedPath parseNamedPath(const std::string &text) {
  size_t eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == text.size())
    throw Error("--input: expected NAME=FILE.pb, got '" + text + "'");
  return {text.substr(0, eq), text.substr(eq + 1)};
}

static NamedShape parseNamedShape(const std::string &text) {
  size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0)
    throw Error("--input-shape: expected NAME:1x3x224x224, got '" + text + "'");
  NamedShape shape{text.substr(0, colon), {}};
  std::string dims = text.substr(colon + 1);
  size_t start = 0;
  while (!dims.empty()) {
    size_t x = dims.find('x', start);
    std::string dim = dims.substr(
        start, x == std::string::npos ? std::string::npos : x - start);
    shape.dims.push_back(
        parseInt("--input-shape", dim, 0, std::numeric_limits<int64_t>::max()));
    if (x == std::string::npos)
      break;
    start = x + 1;
  }
  return shape;
}

Options onnxc::run::parseOptions(int argc, char **argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      options.help = true;
      return options;
    }
    if (arg.size() < 2 || arg[0] != '-') {
      if (!options.model.empty())
        throw Error("unexpected argument '" + arg + "' (model is '" +
                    options.model + "')");
      options.model = arg;
      continue;
    }
    // --flag value or --flag=value.
    std::string flag = arg, value;
    size_t eq = arg.find('=');
    bool inlineValue = arg.rfind("--", 0) == 0 && eq != std::string::npos;
    if (inlineValue) {
      flag = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    }
    auto next = [&]() -> std::string {
      if (inlineValue)
        return value;
      if (i + 1 >= argc)
        throw Error(flag + ": missing value");
      return argv[++i];
    };
    if (flag == "--input")
      options.inputs.push_back(parseNamedPath(next()));
    else if (flag == "--input-shape")
      options.shapes.push_back(parseNamedShape(next()));
    else if (flag == "--output-dir")
      options.outputDir = next();
    else if (flag == "--test-data-dir")
      options.testDataDir = next();
    else if (flag == "--rtol")
      options.rtol = parseDouble(flag, next());
    else if (flag == "--atol")
      options.atol = parseDouble(flag, next());
    else if (flag == "--iterations")
      options.iterations =
          parseInt(flag, next(), 0, std::numeric_limits<int32_t>::max());
    else if (flag == "--warmup")
      options.warmup =
          parseInt(flag, next(), 0, std::numeric_limits<int32_t>::max());
    else if (flag == "--threads")
      options.threads = static_cast<int32_t>(parseInt(flag, next(), 0, 4096));
    else if (flag == "--name")
      options.prefix = next();
    else
      throw Error("unknown option '" + flag + "' (see --help)");
  }
  if (options.model.empty())
    throw Error("no model library given (see --help)");
  if (!options.inputs.empty() && !options.testDataDir.empty())
    throw Error("--input and --test-data-dir cannot be combined");
  return options;
}
