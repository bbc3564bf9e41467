#!/usr/bin/env bash
# Price catalog benchmark: generates a synthetic EC2 offer file at the real scale (about
# 100,000 products, about 450 MB of JSON) in a scratch folder, imports it as JSON and as CSV with
# ec2lab's importers, runs the Python json.load baseline on the same file, and deletes the files.
#   benchmarks/run_catalog_benchmark.sh [BUILD_DIR] [SCRATCH_DIR]
set -euo pipefail
build=${1:-build}
scratch=${2:-$(mktemp -d)}
bench="$build/benchmarks/bench_catalog"
trap 'rm -f "$scratch/offer.json" "$scratch/offer.csv" "$scratch/savings-plans.csv" "$scratch"/table-2m.csv "$scratch"/table-100k.csv "$scratch"/nul-1g.csv' EXIT

"$bench" generate "$scratch" 100000
ls -l "$scratch"/offer.json "$scratch"/offer.csv
echo "== ec2lab JSON import"
"$bench" import "$scratch/offer.json"
echo "== ec2lab CSV import"
"$bench" import "$scratch/offer.csv"
echo "== bundled snapshot"
"$bench" snapshot
echo "== Python baseline: json.load"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" \
    python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$scratch/offer.json"
echo "== all products kept (issue 14 item 5): JSON and Savings Plans CSV, then the Python baseline"
"$bench" generate "$scratch" 30000 kept
"$bench" import "$scratch/offer.json"
"$bench" import "$scratch/savings-plans.csv"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" \
    python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$scratch/offer.json"
echo "== Python baseline: csv.reader over every row of the Savings Plans CSV"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" \
    python3 -c 'import csv, sys
for row in csv.reader(open(sys.argv[1], newline="")): pass' "$scratch/savings-plans.csv"
echo "== oversized inputs (issue 16 item 13): refused fast, or imported in proportional memory"
"$bench" hostile "$scratch"
for f in table-2m.csv:price-table table-100k.csv:price-table nul-1g.csv:offer-csv; do
    echo "-- ${f%%:*}"
    "$bench" import "$scratch/${f%%:*}" "${f##*:}" || true
done
