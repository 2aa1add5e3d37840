#!/usr/bin/env bash
# `plein screen` end to end (issue 5 §5): read households.csv, evaluate every scheme, write
# results.csv, for 1,000,000 generated households, timed by hyperfine on the release binary.
# Usage: bench/screen-end-to-end.sh [households]   (needs hyperfine: apt-get install -y hyperfine)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The root package in release mode, in the benchmark's own build folder (ignored by git).
"$root/scripts/build-release" --scratch-path "$root/bench/.build-plein"
plein="$root/bench/.build-plein/release/plein"

"$plein" screen --generate "$n" --seed 1 --output "$work/households.csv"
echo "households.csv: $(wc -l < "$work/households.csv") lines, $(du -h "$work/households.csv" | cut -f1)"
hyperfine --warmup 1 --runs 10 --export-markdown "$work/hyperfine.md" \
  "$plein screen --input $work/households.csv --peildatum 2026-07-01 --output $work/results.csv"
cat "$work/hyperfine.md"
echo "results.csv: $(wc -l < "$work/results.csv") lines"
