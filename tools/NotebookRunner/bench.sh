#!/usr/bin/env bash
# Measures nbrun's speed and prints the numbers (it is a benchmark, not a test: it never fails on a
# slow result).
#
#   tools/NotebookRunner/bench.sh            5 warm runs per build flavour
#   RUNS=10 tools/NotebookRunner/bench.sh
#   tools/NotebookRunner/bench.sh --drop-caches   also measure a truly cold start (drops the OS file
#                                                 cache: needs root, slows everything else briefly)
#
# Per-notebook overhead = one nbrun process that runs a notebook with one trivial cell ("1"):
# process start, Roslyn's first compilation, the formatter, writing the notebook.
#   cold: the first run after the runner was (re)built (and, with --drop-caches, after dropping the
#         OS file cache);
#   warm: the median of RUNS further runs.
# Both flavours are measured: the Release build (which publishes itself ReadyToRun in place:
# precompiled Roslyn, much less JIT at start-up; what eng/nbrun.sh runs) and, for comparison, an
# IL-only publish (everything compiled by the JIT at start-up).
# Then `check` over notebooks/ (all notebooks in one process), warm.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
runs="${RUNS:-5}"
drop_caches=false
[[ "${1:-}" == "--drop-caches" ]] && drop_caches=true

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
build_dll="tools/NotebookRunner/bin/Release/net10.0/nbrun.dll"
il_dir="artifacts/nbrun-il"
il_dll="$il_dir/nbrun.dll"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "building the runner (Release build, ReadyToRun; and an IL-only publish)..."
dotnet build tools/NotebookRunner -c Release -v quiet -nologo >/dev/null
# OutDir elsewhere: the IL-only build must not overwrite the ReadyToRun files in bin/Release.
dotnet publish tools/NotebookRunner -c Release -p:PublishReadyToRun=false -p:NbrunReadyToRun=false \
  -p:OutDir="$work/il-build/" -o "$il_dir" -v quiet -nologo >/dev/null

cat > "$work/trivial.ipynb" <<'EOF'
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": null,
   "id": "trivial",
   "metadata": {"polyglot_notebook": {"kernelName": "csharp"}},
   "outputs": [],
   "source": ["1"]
  }
 ],
 "metadata": {"polyglot_notebook": {"kernelInfo": {"defaultKernelName": "csharp", "items": []}}},
 "nbformat": 4,
 "nbformat_minor": 5
}
EOF

# Seconds taken by one command, to the millisecond.
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "error: '$*' failed" >&2; exit 1; }
  end=$(date +%s%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
}

median() {
  sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

overhead() {
  local name=$1 dll=$2 cold warm
  if [[ "$drop_caches" == true ]]; then
    sync
    echo 3 > /proc/sys/vm/drop_caches
  fi
  cold=$(seconds dotnet "$dll" run "$work/trivial.ipynb")
  warm=$(for _ in $(seq "$runs"); do seconds dotnet "$dll" run "$work/trivial.ipynb"; done | median)
  printf '%-50s cold %6.3f s   warm %6.3f s (median of %d)\n' "per-notebook overhead, $name:" "$cold" "$warm" "$runs"
}

overhead "Release build (ReadyToRun)" "$build_dll"
overhead "IL only (no ReadyToRun)" "$il_dll"

count=$(find notebooks -name '*.ipynb' -not -path '*/.*' | wc -l)
if (( count > 0 )); then
  for flavour in "Release build (ReadyToRun):$build_dll" "IL only:$il_dll"; do
    dll="${flavour#*:}"
    dotnet "$dll" check notebooks >/dev/null 2>&1 || true   # warms the package cache and the OS caches
    start=$(date +%s%N)
    if dotnet "$dll" check notebooks >/dev/null 2>&1; then result=passed; else result=FAILED; fi
    end=$(date +%s%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    printf '%-50s %6.3f s for %d notebooks, warm (check %s)\n' "check notebooks/, ${flavour%%:*}:" "$t" "$count" "$result"
  done
else
  echo "check notebooks/: no notebooks yet"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
