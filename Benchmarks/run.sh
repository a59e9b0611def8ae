#!/usr/bin/env bash
# Benchmarks for tutor: builds the release binary, generates synthetic knowledge bases,
# measures speed, latency, memory and scaling on this machine, prints a table and writes
# Benchmarks/results.json. See Benchmarks/README.md.
#
# Environment:
#   TUTOR_BIN=path        measure this binary instead of building one
#   BENCH_SCRATCH=dir     build with `swift build --scratch-path dir` (default: .build)
#   BENCH_SIZES=shipped,1000,10000   concept counts for the scaling runs ("shipped":
#                         Knowledge/'s own count, the smallest generate_kb.py writes)
#   BENCH_QUICK=1         a short run (smaller inputs, scaling at the shipped size and 1000 only)
#   BENCH_OUT=file        where to write the JSON (default: Benchmarks/results.json)
#   BENCH_KEEP=1          keep the temporary folder (inputs, generated KBs, logs)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"

if [[ -n "${TUTOR_BIN:-}" ]]; then
    bin="$TUTOR_BIN"
else
    swift_args=(-c release --product tutor --static-swift-stdlib)
    if [[ -n "${BENCH_SCRATCH:-}" ]]; then swift_args+=(--scratch-path "$BENCH_SCRATCH"); fi
    echo "building: swift build ${swift_args[*]}" >&2
    swift build -q "${swift_args[@]}"
    bin="$(swift build "${swift_args[@]}" --show-bin-path)/tutor"
fi
[[ -x "$bin" ]] || { echo "run.sh: no tutor binary at $bin" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/tutor-bench.XXXXXX")"
if [[ "${BENCH_KEEP:-}" == 1 ]]; then
    echo "temporary files kept in $work" >&2
else
    trap 'rm -rf "$work"' EXIT
fi

args=(--tutor "$bin" --work "$work" --out "${BENCH_OUT:-$here/results.json}"
      --sizes "${BENCH_SIZES:-shipped,1000,10000}")
if [[ "${BENCH_QUICK:-}" == 1 ]]; then
    args=(--tutor "$bin" --work "$work" --out "${BENCH_OUT:-$here/results.json}"
          --sizes "${BENCH_SIZES:-shipped,1000}" --lines 5000 --latency-lines 500 --answers 2000
          --turns 300 --events 20000 --scaling-lines 2000 --startup-runs 5)
fi

python3 "$here/bench.py" "${args[@]}"
