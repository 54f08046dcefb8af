//===- OnnxcRunTest.cpp - the onnxc-run tool on a linked fake model -------===//
//
// fake_model.so is fake_model.c linked the way codegen links a model: clang
// for the target triple, ld.lld -shared, onnxc_runtime.o and the SONAME
// stubs. These tests run the real onnxc-run binary on it, so they cover the
// per-triple runtime build, the stubs, the API symbol search and the
// documented command line and output lines (docs/onnxc-run.md).
//
//===----------------------------------------------------------------------===//
#include "onnx/onnx_pb.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Result {
  int code;
  std::string out, err;
};

std::string slurp(const fs::path &path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

std::string quote(const std::string &text) { return "'" + text + "'"; }

class OnnxcRunTest : public ::testing::Test {
protected:
  void SetUp() override {
    const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir = fs::path(::testing::TempDir()) /
          (std::string("onnxc-run-test-") + info->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override {
    if (!HasFailure())
      fs::remove_all(dir);
  }

  /// Runs `command` through the shell, capturing stdout and stderr.
  Result shell(const std::string &command) {
    fs::path out = dir / "stdout.txt", err = dir / "stderr.txt";
    int status = std::system(
        (command + " >" + quote(out.string()) + " 2>" + quote(err.string()))
            .c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out),
            slurp(err)};
  }

  Result onnxcRun(const std::string &args,
                  const std::string &model = FAKE_MODEL_SO) {
    return shell(quote(ONNXC_RUN) + " " + quote(model) + " " + args);
  }

  /// Expects exit code 1, nothing on stdout and one error line on stderr
  /// that contains `message`.
  void expectError(const Result &result, const std::string &message) {
    EXPECT_EQ(result.code, 1);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err.rfind("onnxc-run: error: ", 0), 0u) << result.err;
    EXPECT_NE(result.err.find(message), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1)
        << result.err;
  }

  std::string write(const std::string &file, const onnx::TensorProto &proto) {
    fs::path path = dir / file;
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    EXPECT_TRUE(proto.SerializeToOstream(&out));
    return path.string();
  }

  fs::path dir;
};

onnx::TensorProto floats(const std::string &name, std::vector<int64_t> dims,
                         const std::vector<float> &values, bool raw = true) {
  onnx::TensorProto proto;
  proto.set_name(name);
  proto.set_data_type(onnx::TensorProto::FLOAT);
  for (int64_t dim : dims)
    proto.add_dims(dim);
  if (raw)
    proto.set_raw_data(values.data(), values.size() * sizeof(float));
  else
    for (float value : values)
      proto.add_float_data(value);
  return proto;
}

onnx::TensorProto int64s(const std::string &name, std::vector<int64_t> dims,
                         const std::vector<int64_t> &values, bool raw = true) {
  onnx::TensorProto proto;
  proto.set_name(name);
  proto.set_data_type(onnx::TensorProto::INT64);
  for (int64_t dim : dims)
    proto.add_dims(dim);
  if (raw)
    proto.set_raw_data(values.data(), values.size() * sizeof(int64_t));
  else
    for (int64_t value : values)
      proto.add_int64_data(value);
  return proto;
}

onnx::TensorProto readProto(const fs::path &path) {
  onnx::TensorProto proto;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(proto.ParseFromIstream(&in)) << path;
  return proto;
}

const std::vector<float> kX = {1, 2, 3, 4, 5, 6};
const std::vector<float> kY = {2, 3, 4, 5, 6, 7};
const std::vector<int64_t> kIds = {7, 9};

TEST_F(OnnxcRunTest, RandomInputsByDefault) {
  Result result = onnxcRun("");
  EXPECT_EQ(result.code, 0) << result.err;
  EXPECT_EQ(result.out, "output 0 'y': float [1, 3]\n"
                        "output 1 'sum': float []\n"
                        "output 2 'ids': int64 [1]\n");
  EXPECT_EQ(result.err, "");
}

TEST_F(OnnxcRunTest, InputShapeSetsDynamicDims) {
  Result result = onnxcRun("--input-shape x:4x3 --input-shape=ids:4");
  EXPECT_EQ(result.code, 0) << result.err;
  EXPECT_EQ(result.out, "output 0 'y': float [4, 3]\n"
                        "output 1 'sum': float []\n"
                        "output 2 'ids': int64 [4]\n");
}

TEST_F(OnnxcRunTest, RandomInputsAreDeterministic) {
  fs::path a = dir / "a", b = dir / "b";
  ASSERT_EQ(onnxcRun("--output-dir " + quote(a.string())).code, 0);
  ASSERT_EQ(onnxcRun("--output-dir " + quote(b.string())).code, 0);
  for (int k = 0; k < 3; ++k) {
    std::string file = "output_" + std::to_string(k) + ".pb";
    EXPECT_EQ(slurp(a / file), slurp(b / file)) << file;
  }
}

TEST_F(OnnxcRunTest, InputFilesAndOutputDir) {
  std::string x = write("x.pb", floats("x", {2, 3}, kX));
  std::string ids = write("ids.pb", int64s("", {2}, kIds, /*raw=*/false));
  fs::path out = dir / "out";
  Result result =
      onnxcRun("--input x=" + quote(x) + " --input ids=" + quote(ids) +
               " --output-dir " + quote(out.string()));
  ASSERT_EQ(result.code, 0) << result.err;
  EXPECT_EQ(result.out, "output 0 'y': float [2, 3]\n"
                        "output 1 'sum': float []\n"
                        "output 2 'ids': int64 [2]\n");

  onnx::TensorProto y = readProto(out / "output_0.pb");
  EXPECT_EQ(y.name(), "y");
  EXPECT_EQ(y.data_type(), onnx::TensorProto::FLOAT);
  ASSERT_EQ(y.dims_size(), 2);
  EXPECT_EQ(y.dims(0), 2);
  EXPECT_EQ(y.dims(1), 3);
  ASSERT_EQ(y.raw_data().size(), kY.size() * sizeof(float));
  EXPECT_EQ(std::memcmp(y.raw_data().data(), kY.data(), y.raw_data().size()),
            0);

  onnx::TensorProto sum = readProto(out / "output_1.pb");
  EXPECT_EQ(sum.name(), "sum");
  EXPECT_EQ(sum.dims_size(), 0);
  float total = 21;
  ASSERT_EQ(sum.raw_data().size(), sizeof total);
  EXPECT_EQ(std::memcmp(sum.raw_data().data(), &total, sizeof total), 0);

  onnx::TensorProto idsOut = readProto(out / "output_2.pb");
  EXPECT_EQ(idsOut.data_type(), onnx::TensorProto::INT64);
  EXPECT_EQ(idsOut.raw_data(),
            std::string(reinterpret_cast<const char *>(kIds.data()),
                        kIds.size() * sizeof(int64_t)));
}

class TestDataDirTest : public OnnxcRunTest {
protected:
  /// input_K.pb / output_K.pb for batch 2, tensor names left empty as in
  /// many ONNX backend test sets.
  std::string testData(const std::vector<float> &y = kY,
                       std::vector<int64_t> yDims = {2, 3}) {
    write("data/input_0.pb", floats("", {2, 3}, kX));
    write("data/input_1.pb", int64s("", {2}, kIds));
    write("data/output_0.pb", floats("", yDims, y, /*raw=*/false));
    write("data/output_1.pb", floats("", {}, {21}));
    write("data/output_2.pb", int64s("", {2}, kIds));
    return quote((dir / "data").string());
  }
};

TEST_F(TestDataDirTest, MatchingOutputsPass) {
  Result result = onnxcRun("--test-data-dir " + testData());
  EXPECT_EQ(result.code, 0) << result.err;
  EXPECT_EQ(result.out, "output 0 'y': max abs diff 0 (0 mismatches)\n"
                        "output 1 'sum': max abs diff 0 (0 mismatches)\n"
                        "output 2 'ids': max abs diff 0 (0 mismatches)\n");
  EXPECT_EQ(result.err, "");
}

TEST_F(TestDataDirTest, InputsMatchByNameWhenNamed) {
  std::string data = testData();
  // Swap the files, but name them: the names win over the positions.
  write("data/input_0.pb", int64s("ids", {2}, kIds));
  write("data/input_1.pb", floats("x", {2, 3}, kX));
  Result result = onnxcRun("--test-data-dir " + data);
  EXPECT_EQ(result.code, 0) << result.out << result.err;
}

TEST_F(TestDataDirTest, MismatchFails) {
  std::vector<float> y = kY;
  y[4] += 0.5f;
  Result result = onnxcRun("--test-data-dir " + testData(y));
  EXPECT_EQ(result.code, 1);
  EXPECT_EQ(result.out, "output 0 'y': max abs diff 0.5 (1 mismatches)\n"
                        "output 1 'sum': max abs diff 0 (0 mismatches)\n"
                        "output 2 'ids': max abs diff 0 (0 mismatches)\n");
}

TEST_F(TestDataDirTest, ToleranceOptions) {
  std::vector<float> y = kY;
  y[0] = 2.001f; // 5e-4 relative
  std::string data = testData(y);
  EXPECT_EQ(onnxcRun("--test-data-dir " + data).code, 0);
  EXPECT_EQ(onnxcRun("--test-data-dir " + data + " --rtol 1e-4").code, 1);
  EXPECT_EQ(onnxcRun("--test-data-dir " + data + " --rtol 0 --atol 0.01").code,
            0);
}

TEST_F(TestDataDirTest, ShapeDifferenceFails) {
  Result result = onnxcRun("--test-data-dir " + testData(kY, {3, 2}));
  EXPECT_EQ(result.code, 1);
  EXPECT_NE(result.out.find("output 0 'y': shape [2, 3], expected [3, 2]\n"),
            std::string::npos)
      << result.out;
}

TEST_F(TestDataDirTest, MissingOutputFileIsAnError) {
  std::string data = testData();
  fs::remove(dir / "data" / "output_2.pb");
  expectError(onnxcRun("--test-data-dir " + data),
              "2 output_K.pb files, the model has 3 outputs");
}

TEST_F(OnnxcRunTest, Benchmark) {
  Result result = onnxcRun("--iterations 5 --warmup 2 --threads 2");
  EXPECT_EQ(result.code, 0) << result.err;
  size_t at = result.out.find("latency ms: ");
  ASSERT_NE(at, std::string::npos) << result.out;
  double min = -1, median = -1, mean = -1;
  long long iterations = 0;
  int threads = 0, end = 0;
  ASSERT_EQ(std::sscanf(result.out.c_str() + at,
                        "latency ms: min %lf median %lf mean %lf "
                        "(%lld iterations, %d threads)\n%n",
                        &min, &median, &mean, &iterations, &threads, &end),
            5)
      << result.out;
  EXPECT_EQ(at + end, result.out.size()) << "the last line";
  EXPECT_GE(min, 0);
  EXPECT_LE(min, median);
  EXPECT_LE(min, mean);
  EXPECT_EQ(iterations, 5);
  EXPECT_EQ(threads, 2);
}

TEST_F(OnnxcRunTest, NameSelectsTheTable) {
  EXPECT_EQ(onnxcRun("--name fake").code, 0);
  expectError(onnxcRun("--name other"), "no symbol 'other_onnxc_api'");
}

TEST_F(OnnxcRunTest, ModelRunErrorIsReported) {
  std::string x = write("x.pb", floats("x", {3, 2}, kX));
  std::string ids = write("ids.pb", int64s("ids", {3}, {1, 2, 3}));
  expectError(onnxcRun("--input x=" + quote(x) + " --input ids=" + quote(ids)),
              "run failed: input 'x' dim 1: expected 3, got 2");
}

TEST_F(OnnxcRunTest, InputErrors) {
  std::string x = write("x.pb", floats("x", {2, 3}, kX));
  std::string ids = write("ids.pb", int64s("ids", {2}, kIds));
  expectError(onnxcRun("--input x=" + quote(x)), "missing input 'ids'");
  expectError(onnxcRun("--input x=" + quote(x) + " --input nope=" + quote(x)),
              "the model has no input 'nope' (inputs: 'x', 'ids')");
  expectError(onnxcRun("--input x=" + quote(x) +
                       " --input ids=" + quote((dir / "absent.pb").string())),
              "absent.pb: cannot open");
  std::ofstream(dir / "bad.pb") << "\xff\xff\xff\xff";
  expectError(onnxcRun("--input x=" + quote(x) +
                       " --input ids=" + quote((dir / "bad.pb").string())),
              "bad.pb: not a valid TensorProto");
  std::string short_ = write("short.pb", floats("x", {2, 3}, {1, 2}));
  expectError(
      onnxcRun("--input x=" + quote(short_) + " --input ids=" + quote(ids)),
      "short.pb: raw_data has 8 bytes, [2, 3] float needs 24");
}

TEST_F(OnnxcRunTest, CommandLineErrors) {
  expectError(shell(quote(ONNXC_RUN)), "no model library given");
  expectError(onnxcRun("--frobnicate"), "unknown option '--frobnicate'");
  expectError(onnxcRun("--iterations"), "--iterations: missing value");
  expectError(onnxcRun("--iterations -3"), "--iterations: expected an integer");
  expectError(onnxcRun("--input x"), "--input: expected NAME=FILE.pb");
}

TEST_F(OnnxcRunTest, LibraryErrors) {
  expectError(onnxcRun("", (dir / "absent.so").string()),
              "absent.so: cannot open");
  std::ofstream(dir / "text.so") << "not an ELF file at all, just text\n";
  expectError(onnxcRun("", (dir / "text.so").string()), "not an ELF file");
  expectError(onnxcRun("", NO_API_SO), "no symbol ending in '_onnxc_api'");
  expectError(onnxcRun("", TWO_APIS_SO),
              "several models (first_onnxc_api, second_onnxc_api); choose "
              "one with --name");
}

// The fake model is linked like a real one: C library dependencies by
// SONAME from the stubs, versioned where it matters, and none of the
// runtime's symbols exported.
TEST_F(OnnxcRunTest, FakeModelIsLinkedLikeAModel) {
  Result result = shell(quote(LLVM_READELF) + " --dynamic --dyn-syms " +
                        quote(FAKE_MODEL_SO));
  ASSERT_EQ(result.code, 0) << result.err;
  for (const char *needed : {"libc.so.6", "libpthread.so.0"})
    EXPECT_NE(result.out.find(std::string("Shared library: [") + needed + "]"),
              std::string::npos)
        << needed;
  EXPECT_EQ(result.out.find("onnxc_rt_"), std::string::npos) << result.out;
  // Bound to the current condition variable ABI, not the GLIBC_2.2.5 compat
  // wrapper that an unversioned reference would get (stubs/<triple>.cmake).
  EXPECT_NE(result.out.find("pthread_cond_wait@GLIBC_2.3.2"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("fake_onnxc_api"), std::string::npos);
}

} // namespace
