#!/usr/bin/env bash
# ec2lab developer entry point: installs missing Debian packages, configures, builds, then runs.
#   tools/dev.sh run [ARGS...]   build and launch ec2lab (the desktop app, or ARGS as a command)
#   tools/dev.sh test            build and run the whole test suite through CTest
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
    desktop-file-utils appstream
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

configure_and_build() {
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@"
    fi
    cmake --build "$build_dir" --parallel "$jobs"
}

cmd=${1:-run}
shift || true
case "$cmd" in
    deps)
        install_missing
        ;;
    run)
        install_missing
        configure_and_build
        if [ $# -eq 0 ]; then
            exec "$build_dir/bin/ec2lab"
        fi
        exec "$build_dir/bin/ec2lab" "$@"
        ;;
    test)
        install_missing
        configure_and_build
        export QT_QPA_PLATFORM=offscreen
        ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs"
        ;;
    *)
        echo "usage: tools/dev.sh run|test|deps" >&2
        exit 2
        ;;
esac
