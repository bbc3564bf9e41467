#!/usr/bin/env bash
# Runs one libFuzzer harness (or all) for as long as you like:
#   tools/fuzz.sh                 list the harnesses
#   tools/fuzz.sh NAME [SECONDS]  fuzz NAME (default: until interrupted)
#   tools/fuzz.sh all SECONDS     fuzz each harness for SECONDS
# New inputs go to build-fuzz/<name>-corpus; crashes to build-fuzz/<name>-artifacts/. Turn every
# crash into a regression test by adding the input to tests/fuzz/corpus/<name>/.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
dir=${FUZZ_BUILD_DIR:-build-fuzz}
tools/dev.sh deps
if [ ! -f "$dir/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DEC2LAB_SANITIZE=ON -DEC2LAB_FUZZ=ON -DEC2LAB_BENCHMARKS=OFF
fi
names=$(ls tests/fuzz/corpus)
if [ $# -eq 0 ]; then
    echo "harnesses: $names"
    exit 0
fi
cmake --build "$dir" --parallel "$(nproc)" --target $names
run_one() {
    local name=$1 seconds=$2
    mkdir -p "$dir/$name-corpus" "$dir/$name-artifacts"
    local limit=()
    [ "$seconds" -gt 0 ] && limit=(-max_total_time="$seconds")
    "$dir/tests/fuzz/$name" "${limit[@]}" -timeout=10 -artifact_prefix="$dir/$name-artifacts/" \
        "$dir/$name-corpus" "tests/fuzz/corpus/$name"
}
if [ "$1" = all ]; then
    for n in $names; do run_one "$n" "${2:-60}"; done
else
    run_one "$1" "${2:-0}"
fi
