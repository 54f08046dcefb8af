/* Two models compiled by onnxc, in one C program.
 *
 *   two_models DIR
 *
 * net_a.h / net_a.so: SimpleNet (input 'input' [batch, 3, 32, 32] -> [batch, 10])
 * net_b.h / net_b.so: gemm_relu (input 'X' [batch, 8] -> [batch, 4])
 * Both headers embed onnxc.h under its include guard, and every symbol of a
 * library carries its prefix, so they include and link side by side.
 *
 * Fills fixed inputs, creates both contexts, runs net_a, then net_b, then
 * reads net_a's output (the runs must not disturb each other), and writes
 * DIR/net_{a,b}_{input,output}.bin (raw float32, native order) for
 * two_models.py to compare with ONNX Runtime. Prints the outputs. */
#include "net_a.h"
#include "net_b.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define A_BATCH 2
#define A_SIZE (A_BATCH * 3 * 32 * 32)
#define A_OUT (A_BATCH * 10)
#define B_BATCH 5
#define B_SIZE (B_BATCH * 8)
#define B_OUT (B_BATCH * 4)

static const char *dir;

static void fail(const char *what, const onnxc_status *status) {
  fprintf(stderr, "two_models: %s failed: %s\n", what,
          status ? status->message : "");
  exit(1);
}

static void write_floats(const char *name, const float *data, size_t count) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *file = fopen(path, "wb");
  if (!file || fwrite(data, sizeof(float), count, file) != count ||
      fclose(file) != 0) {
    fprintf(stderr, "two_models: cannot write %s\n", path);
    exit(1);
  }
}

static void print_output(const char *model, const onnxc_tensor *out,
                         int64_t cols) {
  const float *data = (const float *)out->data;
  printf("%s output [%lld, %lld]\n", model, (long long)out->dims[0],
         (long long)out->dims[1]);
  for (int64_t r = 0; r < out->dims[0]; ++r) {
    printf("%s row %lld:", model, (long long)r);
    for (int64_t c = 0; c < cols; ++c)
      printf(" %.6f", data[r * cols + c]);
    printf("\n");
  }
}

static void check_output(const char *model, const onnxc_tensor *out,
                         int64_t rows, int64_t cols) {
  if (out->elem_type != ONNXC_FLOAT || out->rank != 2 ||
      out->dims[0] != rows || out->dims[1] != cols) {
    fprintf(stderr, "two_models: %s: unexpected output type or shape\n", model);
    exit(1);
  }
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: two_models DIR\n");
    return 2;
  }
  dir = argv[1];

  const onnxc_signature *sig_a = net_a_signature();
  const onnxc_signature *sig_b = net_b_signature();
  if (sig_a->num_inputs != 1 || strcmp(sig_a->inputs[0].name, "input") != 0 ||
      sig_b->num_inputs != 1 || strcmp(sig_b->inputs[0].name, "X") != 0) {
    fprintf(stderr, "two_models: unexpected signatures\n");
    return 1;
  }
  printf("net_a input '%s', net_b input '%s'\n", sig_a->inputs[0].name,
         sig_b->inputs[0].name);

  static float a_in[A_SIZE], b_in[B_SIZE];
  for (int i = 0; i < A_SIZE; ++i)
    a_in[i] = sinf(0.01f * (float)i);
  for (int i = 0; i < B_SIZE; ++i)
    b_in[i] = cosf(0.3f * (float)i) * 2.0f;

  onnxc_status status;
  onnxc_options options = {2};
  onnxc_context *ctx_a = NULL, *ctx_b = NULL;
  if (net_a_create(&options, &ctx_a, &status) != ONNXC_OK)
    fail("net_a_create", &status);
  if (net_b_create(&options, &ctx_b, &status) != ONNXC_OK)
    fail("net_b_create", &status);

  onnxc_tensor a_input = {ONNXC_FLOAT, 4, {A_BATCH, 3, 32, 32}, a_in};
  onnxc_tensor b_input = {ONNXC_FLOAT, 2, {B_BATCH, 8}, b_in};
  onnxc_tensor a_out, b_out;
  memset(&a_out, 0, sizeof a_out);
  memset(&b_out, 0, sizeof b_out);
  if (net_a_run(ctx_a, &a_input, 1, &a_out, 1, &status) != ONNXC_OK)
    fail("net_a_run", &status);
  check_output("net_a", &a_out, A_BATCH, 10);
  float a_first[A_OUT];
  memcpy(a_first, a_out.data, sizeof a_first);

  if (net_b_run(ctx_b, &b_input, 1, &b_out, 1, &status) != ONNXC_OK)
    fail("net_b_run", &status);
  check_output("net_b", &b_out, B_BATCH, 4);

  /* net_b's run must leave net_a's output alone. */
  if (memcmp(a_first, a_out.data, sizeof a_first) != 0) {
    fprintf(stderr, "two_models: running net_b changed net_a's output\n");
    return 1;
  }
  print_output("net_a", &a_out, 10);
  print_output("net_b", &b_out, 4);

  write_floats("net_a_input.bin", a_in, A_SIZE);
  write_floats("net_a_output.bin", (const float *)a_out.data, A_OUT);
  write_floats("net_b_input.bin", b_in, B_SIZE);
  write_floats("net_b_output.bin", (const float *)b_out.data, B_OUT);

  net_a_destroy(ctx_a);
  net_b_destroy(ctx_b);
  return 0;
}
