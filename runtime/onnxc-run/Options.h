//===- Options.h - onnxc-run command line -----------------------*- C++ -*-===//
//
// The command line documented in docs/onnxc-run.md. Keep the two in sync.
//
//===----------------------------------------------------------------------===//
#ifndef ONNXC_RUNTIME_ONNXC_RUN_OPTIONS_H
#define ONNXC_RUNTIME_ONNXC_RUN_OPTIONS_H

#include <cstdint>
#include <string>
#include <vector>

namespace onnxc::run {

struct NamedPath {
  std::string name;
  std::string path;
};

struct NamedShape {
  std::string name;
  std::vector<int64_t> dims;
};

struct Options {
  std::string model;              // the compiled library
  std::string prefix;             // --name: dlsym "<prefix>_onnxc_api"
  std::vector<NamedPath> inputs;  // --input NAME=FILE.pb
  std::vector<NamedShape> shapes; // --input-shape NAME:1x3x224x224
  std::string outputDir;          // --output-dir
  std::string testDataDir;        // --test-data-dir
  double rtol = 1e-3;             // --rtol
  double atol = 1e-7;             // --atol
  int64_t iterations = 0;         // --iterations (0: no benchmark)
  int64_t warmup = 10;            // --warmup
  int32_t threads = 0;            // --threads (0: one per core)
  bool help = false;              // -h, --help
};

/// Parses argv; throws Error on anything it does not understand.
Options parseOptions(int argc, char **argv);

/// The --help text.
const char *usage();

} // namespace onnxc::run

#endif // ONNXC_RUNTIME_ONNXC_RUN_OPTIONS_H
