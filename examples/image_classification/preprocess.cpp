// PPM decoding and ImageNet preprocessing; see preprocess.h for the exact
// transform (the e2e test reimplements it in numpy and compares).
#include "preprocess.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace example {
namespace {

constexpr float kMean[3] = {0.485f, 0.456f, 0.406f};
constexpr float kStd[3] = {0.229f, 0.224f, 0.225f};

[[noreturn]] void badPpm(const std::string &path, const std::string &why) {
  throw std::runtime_error(path + ": not a binary 8-bit PPM (P6): " + why);
}

// Reads the next header number, skipping whitespace and '#' comments.
int64_t readHeaderNumber(const std::vector<uint8_t> &bytes, size_t &pos,
                         const std::string &path) {
  for (;;) {
    while (pos < bytes.size() && std::isspace(bytes[pos]))
      ++pos;
    if (pos < bytes.size() && bytes[pos] == '#') {
      while (pos < bytes.size() && bytes[pos] != '\n')
        ++pos;
      continue;
    }
    break;
  }
  int64_t value = 0;
  size_t start = pos;
  while (pos < bytes.size() && std::isdigit(bytes[pos]) && value < (1 << 20))
    value = value * 10 + (bytes[pos++] - '0');
  if (pos == start || value >= (1 << 20))
    badPpm(path, "bad header");
  return value;
}

// Bilinear resize with half-pixel centres (a destination pixel's centre
// maps to (x + 0.5) * scale - 0.5 in the source) and clamping at the edges.
// Returns HWC float values still in [0, 255].
std::vector<float> resizeBilinear(const Image &image, int64_t outWidth,
                                  int64_t outHeight) {
  struct Tap {
    int64_t lo, hi;
    float weight; // of hi
  };
  auto taps = [](int64_t in, int64_t out) {
    std::vector<Tap> result(out);
    const double scale = double(in) / double(out);
    for (int64_t i = 0; i < out; ++i) {
      double src = std::clamp((i + 0.5) * scale - 0.5, 0.0, double(in - 1));
      int64_t lo = int64_t(std::floor(src));
      result[i] = {lo, std::min(lo + 1, in - 1), float(src - lo)};
    }
    return result;
  };
  const std::vector<Tap> columns = taps(image.width, outWidth);
  const std::vector<Tap> rows = taps(image.height, outHeight);
  auto pixel = [&](int64_t y, int64_t x, int c) {
    return float(image.rgb[(y * image.width + x) * 3 + c]);
  };
  std::vector<float> out(outHeight * outWidth * 3);
  for (int64_t y = 0; y < outHeight; ++y) {
    const Tap &r = rows[y];
    for (int64_t x = 0; x < outWidth; ++x) {
      const Tap &col = columns[x];
      for (int c = 0; c < 3; ++c) {
        float top = pixel(r.lo, col.lo, c) +
                    col.weight * (pixel(r.lo, col.hi, c) - pixel(r.lo, col.lo, c));
        float bottom = pixel(r.hi, col.lo, c) +
                       col.weight * (pixel(r.hi, col.hi, c) - pixel(r.hi, col.lo, c));
        out[(y * outWidth + x) * 3 + c] = top + r.weight * (bottom - top);
      }
    }
  }
  return out;
}

} // namespace

Image readPpm(const std::string &path) {
  std::ifstream file(path, std::ios::binary);
  if (!file)
    throw std::runtime_error("cannot open " + path);
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(file)),
                             std::istreambuf_iterator<char>());
  if (bytes.size() < 2 || bytes[0] != 'P' || bytes[1] != '6')
    badPpm(path, "no P6 magic");
  size_t pos = 2;
  Image image;
  image.width = readHeaderNumber(bytes, pos, path);
  image.height = readHeaderNumber(bytes, pos, path);
  if (readHeaderNumber(bytes, pos, path) != 255)
    badPpm(path, "maxval is not 255");
  // Exactly one whitespace byte separates the header from the pixels.
  if (pos >= bytes.size() || !std::isspace(bytes[pos]))
    badPpm(path, "bad header");
  ++pos;
  const size_t size = size_t(image.width) * size_t(image.height) * 3;
  if (image.width == 0 || image.height == 0 || bytes.size() - pos != size)
    badPpm(path, std::to_string(image.width) + "x" +
                     std::to_string(image.height) + " needs " +
                     std::to_string(size) + " pixel bytes, the file has " +
                     std::to_string(bytes.size() - pos));
  image.rgb.assign(bytes.begin() + pos, bytes.end());
  return image;
}

Preprocessed preprocessImageNet(const Image &image, int64_t resizeTo,
                                int64_t cropTo) {
  Preprocessed result;
  const int64_t shorter = std::min(image.width, image.height);
  const int64_t longer = std::max(image.width, image.height);
  const int64_t resizedLonger = longer * resizeTo / shorter;
  const bool wide = image.width >= image.height;
  result.resizedWidth = wide ? resizedLonger : resizeTo;
  result.resizedHeight = wide ? resizeTo : resizedLonger;
  if (resizeTo < cropTo)
    throw std::runtime_error("cannot crop " + std::to_string(cropTo) +
                             " pixels from " + std::to_string(resizeTo));
  const std::vector<float> resized =
      resizeBilinear(image, result.resizedWidth, result.resizedHeight);

  result.cropLeft = (result.resizedWidth - cropTo) / 2;
  result.cropTop = (result.resizedHeight - cropTo) / 2;
  result.nchw.resize(3 * cropTo * cropTo);
  for (int c = 0; c < 3; ++c)
    for (int64_t y = 0; y < cropTo; ++y)
      for (int64_t x = 0; x < cropTo; ++x) {
        const float value =
            resized[((y + result.cropTop) * result.resizedWidth + x +
                     result.cropLeft) * 3 + c];
        result.nchw[(c * cropTo + y) * cropTo + x] =
            (value / 255.0f - kMean[c]) / kStd[c];
      }
  return result;
}

} // namespace example
