# One INTERFACE target carries the warnings and Qt strictness defines; every target links it
# (PRIVATE) instead of relying on global flags.
add_library(ec2lab_options INTERFACE)
target_compile_options(ec2lab_options INTERFACE -Wall -Wextra -Wpedantic -Woverloaded-virtual)
target_compile_definitions(ec2lab_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(EC2LAB_SANITIZE)
    target_compile_options(ec2lab_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(ec2lab_options INTERFACE -fsanitize=address,undefined)
endif()

if(EC2LAB_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "EC2LAB_FUZZ needs clang (configure with CXX=clang++)")
    endif()
    # Coverage instrumentation for everything; only the harnesses link libFuzzer's main.
    target_compile_options(ec2lab_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
