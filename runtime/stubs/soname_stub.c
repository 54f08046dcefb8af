/* soname_stub.c - deliberately empty. runtime/CMakeLists.txt links it, once
 * per target triple, into the stub shared objects (libc.so.6, libm.so.6, ...)
 * that list no versioned symbol in stubs/<triple>.cmake: they carry only a
 * SONAME. Linking a model against them gives the model the right DT_NEEDED
 * entries without a sysroot; its C library references stay undefined and
 * unversioned. */
