# Thin wrappers over the MLIR CMake helpers, so every library links the one
# shared libMLIR/libLLVM instead of dozens of static archives (fast links,
# small tools).

# add_onnxc_library(name SRCS... [DEPENDS tblgen-targets] [LINK_LIBS libs])
function(add_onnxc_library name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;LINK_LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_UNPARSED_ARGUMENTS})
  if(ARG_DEPENDS)
    add_dependencies(${name} ${ARG_DEPENDS})
  endif()
  target_link_libraries(${name} PUBLIC ${ARG_LINK_LIBS} MLIR LLVM)
endfunction()

# add_onnxc_tool(name SRCS... [LINK_LIBS libs])
function(add_onnxc_tool name)
  cmake_parse_arguments(ARG "" "" "LINK_LIBS" ${ARGN})
  add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE ${ARG_LINK_LIBS} MLIR LLVM)
endfunction()
