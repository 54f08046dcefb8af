/* status.c - status helpers. */
#include "status.h"

#include "libc_decls.h"

int32_t onnxc_rt_status_ok(onnxc_status *status) {
  if (status) {
    status->code = ONNXC_OK;
    status->message[0] = '\0';
  }
  return ONNXC_OK;
}

int32_t onnxc_rt_status_set(onnxc_status *status, int32_t code,
                            const char *format, ...) {
  if (status) {
    va_list args;
    va_start(args, format);
    status->code = code;
    if (vsnprintf(status->message, sizeof status->message, format, args) < 0)
      status->message[0] = '\0';
    va_end(args);
  }
  return code;
}
