#!/usr/bin/env bash
# Checks that every tracked C++ file (git ls-files '*.cpp' '*.h') follows .clang-format, with the
# clang-format that Debian 12 ships (14; other versions format some constructs differently).
#   tools/check-format.sh          report the files that differ and fail (CI, tools/dev.sh test)
#   tools/check-format.sh --fix    format them in place (tools/dev.sh format)
# Environment: CLANG_FORMAT (default: clang-format).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null 2>&1; then
    echo "check-format: $clang_format not found (tools/dev.sh deps installs clang-format)" >&2
    exit 2
fi
version=$("$clang_format" --version)
case "$version" in
    *"version 14."*) ;;
    *) echo "check-format: warning: the project is formatted with clang-format 14 (Debian 12), this is: $version" >&2 ;;
esac

files=()
while IFS= read -r -d '' f; do
    [ -f "$f" ] && files+=("$f") # skip files deleted but not yet committed
done < <(git ls-files -z -- '*.cpp' '*.h')
if [ ${#files[@]} -eq 0 ]; then
    echo "check-format: no tracked C++ files (not a git checkout?)" >&2
    exit 2
fi

if [ "${1:-}" = --fix ]; then
    "$clang_format" -i -- "${files[@]}"
    echo "check-format: formatted ${#files[@]} files"
    exit 0
fi

# --dry-run --Werror prints each difference as "FILE:LINE:COL: error: ..." and fails.
if report=$("$clang_format" --dry-run --Werror -- "${files[@]}" 2>&1); then
    echo "check-format: all ${#files[@]} tracked C++ files are formatted"
    exit 0
fi
printf '%s\n' "$report" | head -n 40 >&2
bad=$(printf '%s\n' "$report" | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*/\1/p' | sort -u)
echo "check-format: $(printf '%s\n' "$bad" | grep -c .) of ${#files[@]} files are not formatted:" >&2
printf '  %s\n' $bad >&2
echo "check-format: run tools/dev.sh format (clang-format -i) and commit the result" >&2
exit 1
