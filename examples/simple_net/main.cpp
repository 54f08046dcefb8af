// SimpleNet through onnxc's C API: read one preprocessed 3x32x32 image,
// run the compiled model, print the most likely CIFAR-10 class.
//
//   simple_net_example [input.bin]
//
// input.bin holds 3*32*32 float32 values, little-endian, CHW, already
// normalised (make_input.py writes one). The model comes from
//   onnxc simple_net.onnx -o DIR/simple_net.so
// which also writes DIR/simple_net.h, declaring simple_net_signature,
// simple_net_create, simple_net_run and simple_net_destroy.
#include "simple_net.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#ifndef SIMPLE_NET_DEFAULT_INPUT
#define SIMPLE_NET_DEFAULT_INPUT "input.bin"
#endif

namespace {

constexpr int64_t kChannels = 3, kHeight = 32, kWidth = 32, kClasses = 10;
const char *const kClassNames[kClasses] = {
    "airplane", "automobile", "bird", "cat", "deer",
    "dog",      "frog",       "horse", "ship", "truck"};

[[noreturn]] void fail(const std::string &message) {
  std::fprintf(stderr, "simple_net_example: error: %s\n", message.c_str());
  std::exit(1);
}

// Every call into the model reports through an onnxc_status; stop on the
// first one that is not ONNXC_OK and show the model's message.
void check(int32_t code, const onnxc_status &status, const char *what) {
  if (code != ONNXC_OK)
    fail(std::string(what) + " failed (status " + std::to_string(code) +
         "): " + status.message);
}

// Reads exactly C*H*W little-endian float32 values.
std::vector<float> readInput(const char *path) {
  std::ifstream file(path, std::ios::binary);
  if (!file)
    fail(std::string("cannot open ") + path);
  std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(file)),
                                   std::istreambuf_iterator<char>());
  const size_t count = kChannels * kHeight * kWidth;
  if (bytes.size() != count * sizeof(float))
    fail(std::string(path) + " has " + std::to_string(bytes.size()) +
         " bytes, expected " + std::to_string(count * sizeof(float)) +
         " (3x32x32 float32)");
  std::vector<float> values(count);
  for (size_t i = 0; i < count; ++i) {
    const unsigned char *b = &bytes[4 * i];
    uint32_t bits = uint32_t(b[0]) | uint32_t(b[1]) << 8 |
                    uint32_t(b[2]) << 16 | uint32_t(b[3]) << 24;
    static_assert(sizeof(float) == sizeof(bits), "float must be 32-bit");
    std::memcpy(&values[i], &bits, sizeof(bits));
  }
  return values;
}

// The compiled model describes itself; make sure it is the one we expect
// before handing it our buffer.
void checkSignature(const onnxc_signature *sig) {
  if (!sig || sig->num_inputs != 1 || sig->num_outputs != 1)
    fail("expected a model with one input and one output");
  const onnxc_tensor_info &in = sig->inputs[0];
  const int64_t expected[] = {-1, kChannels, kHeight, kWidth};
  bool ok = in.elem_type == ONNXC_FLOAT && in.rank == 4;
  for (int i = 1; ok && i < 4; ++i)
    ok = in.dims[i] == expected[i];
  // The batch is dynamic unless onnxc specialised it (--input-shape).
  ok = ok && (in.dims[0] == -1 || in.dims[0] == 1);
  if (!ok)
    fail(std::string("input '") + in.name +
         "' is not a float [batch, 3, 32, 32] tensor");
  std::printf("model %s: input '%s' [%s, 3, 32, 32], output '%s'\n",
              sig->model_name, in.name,
              in.dims[0] == -1 && in.dim_names && in.dim_names[0]
                  ? in.dim_names[0]
                  : std::to_string(in.dims[0]).c_str(),
              sig->outputs[0].name);
}

} // namespace

int main(int argc, char **argv) {
  if (argc > 2) {
    std::fprintf(stderr, "usage: %s [input.bin]\n", argv[0]);
    return 2;
  }
  const char *inputPath = argc == 2 ? argv[1] : SIMPLE_NET_DEFAULT_INPUT;
  std::vector<float> image = readInput(inputPath);
  checkSignature(simple_net_signature());

  onnxc_status status = {};
  onnxc_options options = {};
  options.num_threads = 1; // one image: more threads would only add overhead
  onnxc_context *raw = nullptr;
  check(simple_net_create(&options, &raw, &status), status,
        "simple_net_create");
  // The context owns the weights binding, the arena and the outputs.
  std::unique_ptr<onnxc_context, void (*)(onnxc_context *)> context(
      raw, simple_net_destroy);

  onnxc_tensor input = {};
  input.elem_type = ONNXC_FLOAT;
  input.rank = 4;
  input.dims[0] = 1;
  input.dims[1] = kChannels;
  input.dims[2] = kHeight;
  input.dims[3] = kWidth;
  input.data = image.data();
  onnxc_tensor output = {};
  check(simple_net_run(context.get(), &input, 1, &output, 1, &status), status,
        "simple_net_run");
  if (output.elem_type != ONNXC_FLOAT || output.rank != 2 ||
      output.dims[0] != 1 || output.dims[1] != kClasses)
    fail("unexpected output type or shape");
  // output.data points into the context's memory, valid until the next run.
  const float *data = static_cast<const float *>(output.data);
  std::vector<double> logits(data, data + kClasses);

  // Softmax, shifted by the maximum for numerical stability.
  const double maxLogit = *std::max_element(logits.begin(), logits.end());
  std::vector<double> probs(kClasses);
  double sum = 0;
  for (int64_t i = 0; i < kClasses; ++i)
    sum += probs[i] = std::exp(logits[i] - maxLogit);
  for (double &p : probs)
    p /= sum;
  const int64_t top =
      std::max_element(probs.begin(), probs.end()) - probs.begin();
  std::printf("top class: %lld (%s) probability %.4f\n",
              static_cast<long long>(top), kClassNames[top], probs[top]);
  return 0;
}
