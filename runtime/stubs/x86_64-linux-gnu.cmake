# glibc symbol versions for the x86_64-linux-gnu stubs (included by
# onnxc_add_runtime_for_triple in runtime/CMakeLists.txt).
#
# A model linked against a stub that defines a symbol with no version gets an
# unversioned reference, and glibc binds an unversioned reference to the
# OLDEST version of the symbol. That is harmless for a function with a single
# version, but not for these, whose oldest version is a compat wrapper or
# another function:
#   memcpy@GLIBC_2.2.5              is memmove
#   pthread_cond_*@GLIBC_2.2.5      wrap the pre-2.3.2 condition variable ABI
# onnxc_stub_version(<stub> <version node> <functions>...) makes the stub
# define the functions at that version, so models bind to it. Put pthread
# functions in libpthread.so.0 (which defines their versions both before and
# after glibc 2.34 merged it into libc.so.6). libm's exp/log/pow and their
# float forms have the same problem (GLIBC_2.29 / GLIBC_2.27 versions without
# the SVID error wrappers): add them here when generated code calls them,
# knowing that the model then needs glibc >= 2.29.
onnxc_stub_version(libc.so.6 GLIBC_2.14 memcpy)
onnxc_stub_version(libpthread.so.0 GLIBC_2.3.2
  pthread_cond_broadcast
  pthread_cond_destroy
  pthread_cond_init
  pthread_cond_signal
  pthread_cond_wait)
