# glibc symbol versions for the aarch64-linux-gnu stubs (included by
# onnxc_add_runtime_for_triple in runtime/CMakeLists.txt).
#
# glibc's first AArch64 release was 2.17, so GLIBC_2.17 is the base version
# of every symbol in its libc.so.6, libm.so.6 and libpthread.so.0 there: no
# pre-2.17 compat symbols, no memcpy-is-memmove, no old condition-variable
# ABI. Every function that the runtime (runtime/src/libc_decls.h) and the
# generated code reference today exists at GLIBC_2.17, most of them at that
# version only, so an unversioned reference (which glibc binds to the oldest
# version) would land there anyway. They are pinned at GLIBC_2.17 so that a
# model's references are explicit: `llvm-readelf-22 -V model.so` shows
# GLIBC_2.17 needs, and the library loads on every AArch64 glibc.
#
# The exceptions with a newer version too, all in libm: expf, logf, powf
# (GLIBC_2.27) and exp, log, pow (GLIBC_2.29), where the newer version drops
# the SVID error-handling wrapper. As on x86_64 (see x86_64-linux-gnu.cmake),
# models keep the oldest version, which needs no newer glibc and returns the
# same values; moving to the newer ones is one decision for both triples.
#
# Check what a model references with
#   llvm-nm-22 -D -u model.so
#   llvm-readelf-22 --dyn-syms /usr/aarch64-linux-gnu/lib/libm.so.6
# and add here any new C library function whose oldest version is not the
# one wanted. Pthread functions go in libpthread.so.0, which defines
# GLIBC_2.17 both before glibc 2.34 (where they live) and after it (where it
# is an empty shim and libc.so.6 defines them at the same version).
onnxc_stub_version(libc.so.6 GLIBC_2.17
  aligned_alloc
  calloc
  free
  get_nprocs
  malloc
  memcpy
  memmove
  memset
  strcmp
  vsnprintf)
onnxc_stub_version(libm.so.6 GLIBC_2.17
  erff
  expf
  logf
  powf
  tanhf)
onnxc_stub_version(libpthread.so.0 GLIBC_2.17
  pthread_cond_broadcast
  pthread_cond_destroy
  pthread_cond_init
  pthread_cond_signal
  pthread_cond_wait
  pthread_create
  pthread_join
  pthread_mutex_destroy
  pthread_mutex_init
  pthread_mutex_lock
  pthread_mutex_unlock)
