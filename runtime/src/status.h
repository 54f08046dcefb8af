/* status.h - filling an onnxc_status that the caller may leave NULL. */
#ifndef ONNXC_RUNTIME_STATUS_H
#define ONNXC_RUNTIME_STATUS_H

#include "model_desc.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define ONNXC_RT_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define ONNXC_RT_PRINTF(fmt, args)
#endif

/* Sets code and an empty message; returns ONNXC_OK. */
ONNXC_RT_HIDDEN int32_t onnxc_rt_status_ok(onnxc_status *status);

/* Sets code and the printf-formatted message (truncated to fit); returns
 * code, so that callers can write `return onnxc_rt_status_set(...)`. */
ONNXC_RT_HIDDEN int32_t onnxc_rt_status_set(onnxc_status *status, int32_t code,
                                            const char *format, ...)
    ONNXC_RT_PRINTF(3, 4);

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_RUNTIME_STATUS_H */
