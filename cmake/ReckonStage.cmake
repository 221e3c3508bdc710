# reckon_stage(DIR DEPS...): builds src/DIR/*.cc (minus *_test.cc) into the static library
# reckon_NAME, and src/DIR/*_test.cc into the test program reckon_NAME_test, where NAME is DIR
# with '/' replaced by '_' ("recognize/numbers" -> reckon_recognize_numbers). DEPS are other
# stages' DIRs. Files are globbed so that adding a source file to a stage needs no edit here;
# a test program links only its own stage and what that depends on.
function(reckon_stage dir)
  string(REPLACE "/" "_" name ${dir})
  file(GLOB all_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${dir}/*.cc)
  set(lib_sources "")
  set(test_sources "")
  foreach(f IN LISTS all_sources)
    if(f MATCHES "_test\\.cc$")
      list(APPEND test_sources ${f})
    else()
      list(APPEND lib_sources ${f})
    endif()
  endforeach()
  set(deps "")
  foreach(d IN LISTS ARGN)
    string(REPLACE "/" "_" dep ${d})
    list(APPEND deps reckon_${dep})
  endforeach()
  if(lib_sources)
    add_library(reckon_${name} STATIC ${lib_sources})
  else()
    add_library(reckon_${name} STATIC ${PROJECT_SOURCE_DIR}/cmake/empty.cc)
  endif()
  target_include_directories(reckon_${name}
    PUBLIC ${PROJECT_SOURCE_DIR}/include
    PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(reckon_${name} PUBLIC ${deps})
  if(test_sources)
    add_executable(reckon_${name}_test ${test_sources})
    target_include_directories(reckon_${name}_test PRIVATE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(reckon_${name}_test PRIVATE reckon_${name} GTest::gtest_main Threads::Threads)
    target_compile_definitions(reckon_${name}_test PRIVATE
      RECKON_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
      RECKON_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
    gtest_discover_tests(reckon_${name}_test DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)
  endif()
endfunction()
