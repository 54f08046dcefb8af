//===- onnxc-run.cpp - run, check and time a compiled model ---------------===//
//
// onnxc-run MODEL.so [--input NAME=FILE.pb ... | --test-data-dir DIR]
//           [--output-dir DIR] [--rtol R --atol A]
//           [--iterations N --warmup M --threads T] [--name P]
//
// The interface is documented in docs/onnxc-run.md; scripts depend on its
// output lines, so change both together and only compatibly.
//
//===----------------------------------------------------------------------===//
#include "Compare.h"
#include "Error.h"
#include "ModelLibrary.h"
#include "Options.h"
#include "Tensor.h"

#include "onnx/onnx_pb.h"

#include <sys/sysinfo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <new>

using namespace onnxc::run;
namespace fs = std::filesystem;

static std::string quoted(const char *name) {
  return std::string("'") + (name ? name : "") + "'";
}

static int32_t findInput(const onnxc_signature &sig, const std::string &name) {
  for (int32_t i = 0; i < sig.num_inputs; ++i)
    if (sig.inputs[i].name && name == sig.inputs[i].name)
      return i;
  return -1;
}

static std::string inputNames(const onnxc_signature &sig) {
  std::string names;
  for (int32_t i = 0; i < sig.num_inputs; ++i)
    names += (i ? ", " : "") + quoted(sig.inputs[i].name);
  return names;
}

/// Files DIR/<stem>_0.pb, DIR/<stem>_1.pb, ... up to the first missing one.
static std::vector<fs::path> numberedFiles(const fs::path &dir,
                                           const std::string &stem) {
  std::vector<fs::path> files;
  for (size_t k = 0;; ++k) {
    fs::path file = dir / (stem + "_" + std::to_string(k) + ".pb");
    if (!fs::exists(file))
      return files;
    files.push_back(file);
  }
}

static std::vector<Tensor> inputsFromTestData(const Options &options,
                                              const onnxc_signature &sig) {
  if (!fs::is_directory(options.testDataDir))
    throw Error(options.testDataDir + ": not a directory");
  std::vector<fs::path> files = numberedFiles(options.testDataDir, "input");
  if (files.size() != static_cast<size_t>(sig.num_inputs))
    throw Error(options.testDataDir + ": " + std::to_string(files.size()) +
                " input_K.pb files, the model has " +
                std::to_string(sig.num_inputs) + " inputs");
  std::vector<Tensor> inputs(files.size());
  std::vector<bool> filled(files.size());
  for (size_t k = 0; k < files.size(); ++k) {
    Tensor tensor = readTensorProto(files[k].string());
    // By name when the file names a model input, else by position.
    int32_t index = tensor.name.empty() ? -1 : findInput(sig, tensor.name);
    size_t slot = index >= 0 ? static_cast<size_t>(index) : k;
    if (filled[slot])
      throw Error(files[k].string() + ": input " +
                  quoted(sig.inputs[slot].name) + " is given twice");
    filled[slot] = true;
    inputs[slot] = std::move(tensor);
  }
  return inputs;
}

static std::vector<Tensor> inputsFromFiles(const Options &options,
                                           const onnxc_signature &sig) {
  std::vector<Tensor> inputs(static_cast<size_t>(sig.num_inputs));
  std::vector<bool> filled(inputs.size());
  for (const NamedPath &input : options.inputs) {
    int32_t index = findInput(sig, input.name);
    if (index < 0)
      throw Error("--input: the model has no input '" + input.name +
                  "' (inputs: " + inputNames(sig) + ")");
    if (filled[index])
      throw Error("--input: '" + input.name + "' is given twice");
    filled[index] = true;
    inputs[index] = readTensorProto(input.path);
  }
  for (size_t i = 0; i < inputs.size(); ++i)
    if (!filled[i])
      throw Error(
          "missing input " + quoted(sig.inputs[i].name) + " (give --input " +
          (sig.inputs[i].name ? sig.inputs[i].name : "NAME") + "=FILE.pb)");
  return inputs;
}

static std::vector<Tensor> randomInputs(const Options &options,
                                        const onnxc_signature &sig) {
  std::vector<std::vector<int64_t>> dims(static_cast<size_t>(sig.num_inputs));
  for (int32_t i = 0; i < sig.num_inputs; ++i)
    for (int32_t d = 0; d < sig.inputs[i].rank; ++d) // dynamic dims -> 1
      dims[i].push_back(std::max<int64_t>(sig.inputs[i].dims[d], 1));
  for (const NamedShape &shape : options.shapes) {
    int32_t index = findInput(sig, shape.name);
    if (index < 0)
      throw Error("--input-shape: the model has no input '" + shape.name +
                  "' (inputs: " + inputNames(sig) + ")");
    dims[index] = shape.dims;
  }
  std::vector<Tensor> inputs;
  for (int32_t i = 0; i < sig.num_inputs; ++i) {
    if (dims[i].size() > ONNXC_MAX_RANK)
      throw Error("--input-shape: rank above " +
                  std::to_string(ONNXC_MAX_RANK));
    inputs.push_back(randomTensor(sig.inputs[i].name ? sig.inputs[i].name : "",
                                  sig.inputs[i].elem_type, dims[i],
                                  static_cast<uint64_t>(i) + 1));
  }
  return inputs;
}

/// Prints one line per output; returns whether all match.
static bool checkOutputs(const Options &options, const onnxc_signature &sig,
                         const std::vector<onnxc_tensor> &outputs) {
  std::vector<fs::path> files = numberedFiles(options.testDataDir, "output");
  if (files.size() != outputs.size())
    throw Error(options.testDataDir + ": " + std::to_string(files.size()) +
                " output_K.pb files, the model has " +
                std::to_string(outputs.size()) + " outputs");
  bool ok = true;
  for (size_t k = 0; k < outputs.size(); ++k) {
    Tensor expected = readTensorProto(files[k].string());
    Comparison result =
        compare(outputs[k], expected, options.rtol, options.atol);
    std::string label = "output " + std::to_string(k) + " " +
                        quoted(sig.outputs[k].name) + ": ";
    if (!result.problem.empty())
      std::printf("%s%s\n", label.c_str(), result.problem.c_str());
    else
      std::printf("%smax abs diff %g (%lld mismatches)\n", label.c_str(),
                  result.maxAbsDiff, static_cast<long long>(result.mismatches));
    ok = ok && result.ok();
  }
  return ok;
}

static void printOutputs(const onnxc_signature &sig,
                         const std::vector<onnxc_tensor> &outputs) {
  for (size_t k = 0; k < outputs.size(); ++k)
    std::printf("output %zu %s: %s %s\n", k,
                quoted(sig.outputs[k].name).c_str(),
                elementName(outputs[k].elem_type).c_str(),
                formatDims(outputs[k].dims, outputs[k].rank).c_str());
}

static void writeOutputs(const Options &options, const onnxc_signature &sig,
                         const std::vector<onnxc_tensor> &outputs) {
  std::error_code error;
  fs::create_directories(options.outputDir, error);
  if (error)
    throw Error("cannot create " + options.outputDir + ": " + error.message());
  for (size_t k = 0; k < outputs.size(); ++k)
    writeTensorProto(
        (fs::path(options.outputDir) / ("output_" + std::to_string(k) + ".pb"))
            .string(),
        sig.outputs[k].name ? sig.outputs[k].name : "", outputs[k]);
}

static void benchmark(const Options &options, Session &session,
                      const std::vector<onnxc_tensor> &inputs) {
  for (int64_t i = 0; i < options.warmup; ++i)
    session.run(inputs);
  std::vector<double> ms;
  for (int64_t i = 0; i < options.iterations; ++i) {
    auto start = std::chrono::steady_clock::now();
    session.run(inputs);
    auto stop = std::chrono::steady_clock::now();
    ms.push_back(
        std::chrono::duration<double, std::milli>(stop - start).count());
  }
  std::sort(ms.begin(), ms.end());
  size_t n = ms.size();
  double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  double mean = 0;
  for (double value : ms)
    mean += value / static_cast<double>(n);
  // The runtime's rule for num_threads <= 0: one thread per online CPU.
  int threads = options.threads > 0 ? options.threads : get_nprocs();
  std::printf("latency ms: min %.4f median %.4f mean %.4f (%lld iterations, "
              "%d threads)\n",
              ms.front(), median, mean,
              static_cast<long long>(options.iterations), threads);
}

static int runMain(const Options &options) {
  ModelLibrary library(options.model, options.prefix);
  const onnxc_signature &sig = library.signature();

  std::vector<Tensor> inputs;
  if (!options.testDataDir.empty())
    inputs = inputsFromTestData(options, sig);
  else if (!options.inputs.empty())
    inputs = inputsFromFiles(options, sig);
  else
    inputs = randomInputs(options, sig);
  std::vector<onnxc_tensor> views;
  for (const Tensor &input : inputs)
    views.push_back(input.view());

  Session session(library, options.threads);
  std::vector<onnxc_tensor> outputs = session.run(views);
  bool ok = true;
  if (!options.testDataDir.empty())
    ok = checkOutputs(options, sig, outputs);
  else
    printOutputs(sig, outputs);
  if (!options.outputDir.empty())
    writeOutputs(options, sig, outputs);
  std::fflush(stdout);

  if (options.iterations > 0)
    benchmark(options, session, views);
  return ok ? 0 : 1;
}

int main(int argc, char **argv) {
  GOOGLE_PROTOBUF_VERIFY_VERSION;
  try {
    Options options = parseOptions(argc, argv);
    if (options.help) {
      std::fputs(usage(), stdout);
      return 0;
    }
    return runMain(options);
  } catch (const Error &error) {
    std::fflush(stdout);
    std::fprintf(stderr, "onnxc-run: error: %s\n", error.what());
  } catch (const std::bad_alloc &) {
    std::fflush(stdout);
    std::fprintf(stderr, "onnxc-run: error: out of memory\n");
  } catch (const std::exception &error) {
    std::fflush(stdout);
    std::fprintf(stderr, "onnxc-run: error: %s\n", error.what());
  }
  return 1;
}
