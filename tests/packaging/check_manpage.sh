#!/usr/bin/env bash
# The man page renders without groff warnings and documents every command `ec2lab --help` lists.
set -euo pipefail
page=$1
binary=$2
warnings=$(groff -man -ww -z "$page" 2>&1 || true)
if [ -n "$warnings" ]; then
    echo "groff warnings in $page:"
    echo "$warnings"
    exit 1
fi
commands=$("$binary" --help | awk '/^Commands:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{exit}')
if [ -z "$commands" ]; then
    echo "ec2lab --help lists no commands"
    exit 1
fi
status=0
for c in $commands; do
    if ! grep -q "^\.B.* $c\b\|^\.B $c\b\|^\.BI \"$c " "$page"; then
        echo "the man page does not document the command '$c'"
        status=1
    fi
done
grep -q '^\.SH EXIT STATUS' "$page" || { echo "the man page has no EXIT STATUS section"; status=1; }
[ $status -eq 0 ] && echo "man page OK; commands documented: $(echo $commands)"
exit $status
