// Image classification with MobileNetV2 compiled by onnxc: read a PPM
// photo, preprocess it as ImageNet models expect (preprocess.h), run the
// model through the C API of the generated header, print the top-5 classes.
//
//   image_classification [--classes FILE] [--write-input FILE] [IMAGE.ppm]
//
// The model comes from
//   onnxc mobilenet_v2_opset17.onnx --name mobilenet_v2 -o DIR/mobilenet_v2.so
// which also writes DIR/mobilenet_v2.h, declaring mobilenet_v2_signature,
// mobilenet_v2_create, mobilenet_v2_run and mobilenet_v2_destroy.
// --write-input saves the preprocessed [1, 3, 224, 224] tensor as raw
// little-endian float32, so a test can check the preprocessing on its own.
#include "mobilenet_v2.h"
#include "preprocess.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

#ifndef IMAGE_CLASSIFICATION_DIR
#define IMAGE_CLASSIFICATION_DIR "."
#endif

namespace {

constexpr int64_t kResize = 256, kCrop = 224, kClasses = 1000, kTop = 5;
const char *const kDefaultImage = IMAGE_CLASSIFICATION_DIR "/circuit_board.ppm";
const char *const kDefaultClasses =
    IMAGE_CLASSIFICATION_DIR "/imagenet_classes.txt";

[[noreturn]] void fail(const std::string &message) {
  std::fprintf(stderr, "image_classification: error: %s\n", message.c_str());
  std::exit(1);
}

// Every call into the model reports through an onnxc_status; stop on the
// first one that is not ONNXC_OK and show the model's message.
void check(int32_t code, const onnxc_status &status, const char *what) {
  if (code != ONNXC_OK)
    fail(std::string(what) + " failed (status " + std::to_string(code) +
         "): " + status.message);
}

struct Options {
  std::string image = kDefaultImage;
  std::string classes = kDefaultClasses;
  std::string writeInput; // empty: do not write
};

Options parseOptions(int argc, char **argv) {
  Options options;
  bool haveImage = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if ((arg == "--classes" || arg == "--write-input") && i + 1 < argc)
      (arg == "--classes" ? options.classes : options.writeInput) = argv[++i];
    else if (!arg.empty() && arg[0] != '-' && !haveImage)
      options.image = arg, haveImage = true;
    else {
      std::fprintf(stderr,
                   "usage: %s [--classes FILE] [--write-input FILE] "
                   "[IMAGE.ppm]\n",
                   argv[0]);
      std::exit(2);
    }
  }
  return options;
}

std::vector<std::string> readClassNames(const std::string &path) {
  std::ifstream file(path);
  if (!file)
    fail("cannot open " + path);
  std::vector<std::string> names;
  for (std::string line; std::getline(file, line);)
    names.push_back(line);
  if (names.size() != size_t(kClasses))
    fail(path + " has " + std::to_string(names.size()) + " lines, expected " +
         std::to_string(kClasses) + " class names");
  return names;
}

void writeTensor(const std::string &path, const std::vector<float> &values) {
  std::ofstream file(path, std::ios::binary);
  for (float value : values) {
    uint32_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    const char bytes[4] = {char(bits), char(bits >> 8), char(bits >> 16),
                           char(bits >> 24)};
    file.write(bytes, 4);
  }
  if (!file.flush())
    fail("cannot write " + path);
}

// The compiled model describes itself; make sure it takes what we prepared.
void checkSignature(const onnxc_signature *sig) {
  if (!sig || sig->num_inputs != 1 || sig->num_outputs != 1)
    fail("expected a model with one input and one output");
  const onnxc_tensor_info &in = sig->inputs[0];
  const int64_t expected[] = {1, 3, kCrop, kCrop};
  bool ok = in.elem_type == ONNXC_FLOAT && in.rank == 4;
  // The batch is dynamic (-1) unless onnxc specialised it (--input-shape).
  for (int i = 0; ok && i < 4; ++i)
    ok = in.dims[i] == expected[i] || (i == 0 && in.dims[i] == -1);
  if (!ok)
    fail(std::string("input '") + in.name +
         "' is not a float [batch, 3, 224, 224] tensor");
}

// Runs the network on one preprocessed image; returns its 1000 logits.
std::vector<double> classify(std::vector<float> &nchw) {
  checkSignature(mobilenet_v2_signature());
  onnxc_status status = {};
  onnxc_options options = {}; // num_threads 0: one thread per CPU
  onnxc_context *raw = nullptr;
  check(mobilenet_v2_create(&options, &raw, &status), status,
        "mobilenet_v2_create");
  // The context owns the weights binding, the arena and the outputs.
  std::unique_ptr<onnxc_context, void (*)(onnxc_context *)> context(
      raw, mobilenet_v2_destroy);

  onnxc_tensor input = {};
  input.elem_type = ONNXC_FLOAT;
  input.rank = 4;
  const int64_t dims[] = {1, 3, kCrop, kCrop};
  std::copy(dims, dims + 4, input.dims);
  input.data = nchw.data();
  onnxc_tensor output = {};
  check(mobilenet_v2_run(context.get(), &input, 1, &output, 1, &status),
        status, "mobilenet_v2_run");
  if (output.elem_type != ONNXC_FLOAT || output.rank != 2 ||
      output.dims[0] != 1 || output.dims[1] != kClasses)
    fail("unexpected output type or shape");
  // output.data points into the context's memory, valid until the next run
  // or destroy: copy it out before the context goes.
  const float *data = static_cast<const float *>(output.data);
  return std::vector<double>(data, data + kClasses);
}

std::vector<double> softmax(const std::vector<double> &logits) {
  // Shifted by the maximum for numerical stability.
  const double maxLogit = *std::max_element(logits.begin(), logits.end());
  std::vector<double> probs(logits.size());
  double sum = 0;
  for (size_t i = 0; i < logits.size(); ++i)
    sum += probs[i] = std::exp(logits[i] - maxLogit);
  for (double &p : probs)
    p /= sum;
  return probs;
}

} // namespace

int main(int argc, char **argv) {
  const Options options = parseOptions(argc, argv);
  const std::vector<std::string> classNames = readClassNames(options.classes);

  example::Preprocessed input;
  try {
    const example::Image image = example::readPpm(options.image);
    input = example::preprocessImageNet(image, kResize, kCrop);
    std::printf("image %s: %lldx%lld, resized to %lldx%lld, centre crop "
                "%lldx%lld at (%lld, %lld)\n",
                options.image.c_str(), (long long)image.width,
                (long long)image.height, (long long)input.resizedWidth,
                (long long)input.resizedHeight, (long long)kCrop,
                (long long)kCrop, (long long)input.cropLeft,
                (long long)input.cropTop);
  } catch (const std::exception &error) {
    fail(error.what());
  }
  if (!options.writeInput.empty())
    writeTensor(options.writeInput, input.nchw);

  const std::vector<double> probs = softmax(classify(input.nchw));
  std::vector<int64_t> order(kClasses);
  std::iota(order.begin(), order.end(), 0);
  std::partial_sort(order.begin(), order.begin() + kTop, order.end(),
                    [&](int64_t a, int64_t b) { return probs[a] > probs[b]; });
  std::printf("top-%lld classes:\n", (long long)kTop);
  for (int64_t rank = 0; rank < kTop; ++rank) {
    const int64_t index = order[rank];
    std::printf("  %lld. class %4lld  probability %.6g  %s\n",
                (long long)rank + 1, (long long)index, probs[index],
                classNames[index].c_str());
  }
  return 0;
}
