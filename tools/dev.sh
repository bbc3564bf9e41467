#!/usr/bin/env bash
# ec2lab developer entry point: installs missing Debian packages, configures, builds, then runs.
#   tools/dev.sh run [ARGS...]   build and launch ec2lab (the desktop app, or ARGS as a command)
#   tools/dev.sh test            check the formatting, then build and run the whole test suite
#   tools/dev.sh format          format every tracked C++ file with clang-format (14, Debian 12)
#   tools/dev.sh deps            only install what is missing
# Environment: BUILD_DIR (default: build), BUILD_TYPE (default: RelWithDebInfo), JOBS.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
build_dir=${BUILD_DIR:-build}
build_type=${BUILD_TYPE:-RelWithDebInfo}
jobs=${JOBS:-$(nproc)}

packages=(
    cmake ninja-build g++ pkg-config file dpkg-dev
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6opengl6-dev libxkbcommon-dev libgl-dev libvulkan-dev libsimdjson-dev
    xvfb xauth fonts-noto-cjk
    desktop-file-utils appstream groff-base python3
    clang libclang-rt-14-dev clang-format
    libbenchmark-dev
)

install_missing() {
    local missing=()
    local p
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "ec2lab: installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# configure_and_build DIR CMAKE_ARGS...
configure_and_build() {
    local dir=$1
    shift
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S . -B "$dir" -G Ninja "$@"
    fi
    cmake --build "$dir" --parallel "$jobs"
}

# The whole suite again, built with clang under AddressSanitizer and UndefinedBehaviorSanitizer,
# plus the libFuzzer harnesses, each run for a bounded time. EC2LAB_SKIP_SANITIZERS=1 skips it.
sanitizer_suite() {
    local dir=${SANITIZE_BUILD_DIR:-build-asan}
    CC=clang CXX=clang++ configure_and_build "$dir" -DCMAKE_BUILD_TYPE=Debug \
        -DEC2LAB_SANITIZE=ON -DEC2LAB_FUZZ=ON -DEC2LAB_BENCHMARKS=OFF
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1 \
    LSAN_OPTIONS=suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" --label-exclude packaging
}

cmd=${1:-run}
shift || true
case "$cmd" in
    deps)
        install_missing
        ;;
    run)
        install_missing
        configure_and_build "$build_dir" -DCMAKE_BUILD_TYPE="$build_type"
        if [ $# -eq 0 ]; then
            exec "$build_dir/bin/ec2lab"
        fi
        exec "$build_dir/bin/ec2lab" "$@"
        ;;
    test)
        install_missing
        tools/check-format.sh
        configure_and_build "$build_dir" -DCMAKE_BUILD_TYPE="$build_type"
        export QT_QPA_PLATFORM=offscreen
        ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs"
        if [ "${EC2LAB_SKIP_SANITIZERS:-0}" != 1 ]; then
            sanitizer_suite
        fi
        ;;
    format)
        install_missing
        tools/check-format.sh --fix
        ;;
    *)
        echo "usage: tools/dev.sh run|test|format|deps" >&2
        exit 2
        ;;
esac
