// Image decoding and ImageNet preprocessing for the image-classification
// example: the steps an exported classifier expects its caller to do, since
// torch.onnx.export records only the network.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace example {

// An 8-bit RGB image, row-major, channels interleaved (HWC).
struct Image {
  int64_t width = 0, height = 0;
  std::vector<uint8_t> rgb; // height * width * 3
};

// Reads a binary PPM (P6, maxval 255). Throws std::runtime_error with a
// message naming the file on anything else.
Image readPpm(const std::string &path);

// The network's input, [1, 3, size, size] float32 (NCHW), plus the sizes
// the image went through, for the program to report.
struct Preprocessed {
  std::vector<float> nchw;
  int64_t resizedWidth = 0, resizedHeight = 0;
  int64_t cropLeft = 0, cropTop = 0;
};

// The usual ImageNet evaluation transform:
//   1. resize so that the shorter side is `resizeTo` (the longer side is
//      truncated to an integer: long * resizeTo / short), bilinear with
//      half-pixel centres and edge clamping, no antialiasing;
//   2. centre crop `cropTo` x `cropTo`, offsets floor((side - cropTo) / 2);
//   3. scale to [0, 1], subtract the ImageNet mean and divide by its std
//      per channel;
//   4. HWC -> NCHW.
Preprocessed preprocessImageNet(const Image &image, int64_t resizeTo = 256,
                                int64_t cropTo = 224);

} // namespace example
