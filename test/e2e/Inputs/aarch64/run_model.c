/* run_model.c - runs a library compiled by onnxc on raw tensors, for
 * run_aarch64.py, which cross-compiles it for aarch64 and runs it under
 * qemu-aarch64. Plain C99 + POSIX (dlopen), built for any target.
 *
 *   run_model LIB.so PREFIX OUT_DIR [-t THREADS] [FILE:SHAPE ...]
 *
 * dlopens LIB.so, finds PREFIX_onnxc_api, and reads one input per FILE:SHAPE
 * argument, in the order of the model's signature: FILE holds the raw
 * little-endian elements, row-major, of the signature's element type; SHAPE
 * is the dims, e.g. 3x3x32x32 ("" for a scalar). It runs the model once
 * (THREADS: onnxc_options.num_threads, default 0 = one per CPU) and writes
 * output i as OUT_DIR/output_<i>.bin (raw elements), printing one line per
 * output:
 *
 *   output <i> <name> <elem_type> <dims, e.g. 3x10, or "scalar">
 *
 * Exits 1 with a message on stderr on any failure. */
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "onnxc/onnxc.h"

static int64_t elem_size(int32_t type) {
  switch (type) {
  case ONNXC_UINT8: case ONNXC_INT8: case ONNXC_BOOL: return 1;
  case ONNXC_UINT16: case ONNXC_INT16: case ONNXC_FLOAT16: case ONNXC_BFLOAT16: return 2;
  case ONNXC_FLOAT: case ONNXC_INT32: case ONNXC_UINT32: return 4;
  case ONNXC_INT64: case ONNXC_DOUBLE: case ONNXC_UINT64: return 8;
  default: return -1;
  }
}

static int64_t num_elements(const onnxc_tensor *t) {
  int64_t n = 1;
  for (int32_t d = 0; d < t->rank; ++d)
    n *= t->dims[d];
  return n;
}

/* "3x3x32x32" -> dims; "" -> rank 0. Returns 0 on success. */
static int parse_shape(const char *text, onnxc_tensor *t) {
  t->rank = 0;
  if (*text == '\0')
    return 0;
  for (;;) {
    char *end;
    errno = 0;
    long long dim = strtoll(text, &end, 10);
    if (end == text || errno || dim < 0 || t->rank == ONNXC_MAX_RANK)
      return 1;
    t->dims[t->rank++] = dim;
    if (*end == '\0')
      return 0;
    if (*end != 'x')
      return 1;
    text = end + 1;
  }
}

static void *read_file(const char *path, int64_t expected_bytes) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "run_model: cannot open %s: %s\n", path, strerror(errno));
    return NULL;
  }
  /* At least one byte so that an empty tensor still has non-NULL data. */
  void *data = malloc(expected_bytes > 0 ? (size_t)expected_bytes : 1);
  size_t got = data ? fread(data, 1, (size_t)expected_bytes, f) : 0;
  int extra = fgetc(f) != EOF;
  fclose(f);
  if (!data || (int64_t)got != expected_bytes || extra) {
    fprintf(stderr, "run_model: %s: expected %lld bytes for its shape\n", path,
            (long long)expected_bytes);
    free(data);
    return NULL;
  }
  return data;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: run_model LIB.so PREFIX OUT_DIR [-t THREADS] [FILE:SHAPE ...]\n");
    return 1;
  }
  const char *library = argv[1], *prefix = argv[2], *out_dir = argv[3];
  int first_input = 4;
  onnxc_options options = {0};
  if (argc > 5 && strcmp(argv[4], "-t") == 0) {
    options.num_threads = atoi(argv[5]);
    first_input = 6;
  }

  void *handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    fprintf(stderr, "run_model: dlopen: %s\n", dlerror());
    return 1;
  }
  char symbol[256];
  snprintf(symbol, sizeof symbol, "%s_onnxc_api", prefix);
  const onnxc_model_api *api = (const onnxc_model_api *)dlsym(handle, symbol);
  if (!api) {
    fprintf(stderr, "run_model: %s not found in %s\n", symbol, library);
    return 1;
  }
  if (api->abi_version != ONNXC_ABI_VERSION) {
    fprintf(stderr, "run_model: %s has ABI version %u, expected %d\n", library,
            api->abi_version, ONNXC_ABI_VERSION);
    return 1;
  }
  const onnxc_signature *sig = api->signature();
  int num_inputs = argc - first_input;
  if (num_inputs != sig->num_inputs) {
    fprintf(stderr, "run_model: the model has %d inputs, got %d FILE:SHAPE arguments\n",
            sig->num_inputs, num_inputs);
    return 1;
  }

  onnxc_tensor *inputs = calloc((size_t)num_inputs + 1, sizeof *inputs);
  onnxc_tensor *outputs = calloc((size_t)sig->num_outputs + 1, sizeof *outputs);
  for (int i = 0; i < num_inputs; ++i) {
    char *arg = argv[first_input + i];
    char *colon = strrchr(arg, ':');
    onnxc_tensor *t = &inputs[i];
    t->elem_type = sig->inputs[i].elem_type;
    if (!colon || parse_shape(colon + 1, t)) {
      fprintf(stderr, "run_model: expected FILE:SHAPE (e.g. in.bin:3x3x32x32), got '%s'\n", arg);
      return 1;
    }
    *colon = '\0';
    int64_t size = elem_size(t->elem_type);
    if (size < 0) {
      fprintf(stderr, "run_model: input '%s' has unsupported element type %d\n",
              sig->inputs[i].name, t->elem_type);
      return 1;
    }
    t->data = read_file(arg, num_elements(t) * size);
    if (!t->data)
      return 1;
  }

  onnxc_status status;
  onnxc_context *context;
  if (api->create(&options, &context, &status) != ONNXC_OK) {
    fprintf(stderr, "run_model: create: %s\n", status.message);
    return 1;
  }
  if (api->run(context, inputs, num_inputs, outputs, sig->num_outputs, &status) != ONNXC_OK) {
    fprintf(stderr, "run_model: run: %s\n", status.message);
    return 1;
  }
  for (int i = 0; i < sig->num_outputs; ++i) {
    const onnxc_tensor *t = &outputs[i];
    char path[4096];
    snprintf(path, sizeof path, "%s/output_%d.bin", out_dir, i);
    FILE *f = fopen(path, "wb");
    int64_t bytes = num_elements(t) * elem_size(t->elem_type);
    if (!f || (bytes > 0 && fwrite(t->data, 1, (size_t)bytes, f) != (size_t)bytes) ||
        fclose(f) != 0) {
      fprintf(stderr, "run_model: cannot write %s\n", path);
      return 1;
    }
    printf("output %d %s %d ", i, sig->outputs[i].name, t->elem_type);
    if (t->rank == 0)
      printf("scalar");
    for (int32_t d = 0; d < t->rank; ++d)
      printf(d ? "x%lld" : "%lld", (long long)t->dims[d]);
    printf("\n");
  }
  api->destroy(context);
  for (int i = 0; i < num_inputs; ++i)
    free(inputs[i].data);
  free(inputs);
  free(outputs);
  dlclose(handle);
  return 0;
}
