/* validate.h - checking a run's inputs against the model's signature. */
#ifndef ONNXC_RUNTIME_VALIDATE_H
#define ONNXC_RUNTIME_VALIDATE_H

#include "model_desc.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Checks the input count, then for each input: a known element type equal to
 * the signature's, the rank, every static dim, every dynamic dim >= 1, the
 * byte size fitting in int64_t, non-NULL data; then that inputs sharing a
 * dim name agree. Returns ONNXC_OK or ONNXC_INVALID_ARGUMENT with a message
 * naming the input and dim. The signature must have passed create's checks. */
ONNXC_RT_HIDDEN int32_t onnxc_rt_validate_inputs(const onnxc_signature *sig,
                                                 const onnxc_tensor *inputs,
                                                 int32_t num_inputs,
                                                 onnxc_status *status);

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_RUNTIME_VALIDATE_H */
