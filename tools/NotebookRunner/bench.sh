#!/usr/bin/env bash
# Measures nbrun on the real kernel and prints numbers (a benchmark, not a test):
#   - the load average before and after (the numbers mean little without it),
#   - each notebook's kernel start-up and total time (from `check`, one notebook at a time),
#   - the total of `check` over the notebooks sequentially and with --parallel N for each N given,
#   - nbrun's own overhead per notebook: a process start plus one trivial cell, minus the kernel's
#     start-up and the cell as nbrun measured them.
# Usage: tools/NotebookRunner/bench.sh [notebooks folder] [parallel values...]   (default: notebooks 2)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
folder="${1:-$root/notebooks}"
shift || true
parallels=("${@:-2}")
nbrun() { dotnet "$root/tools/NotebookRunner/bin/Release/net10.0/nbrun.dll" "$@"; }

"$root/eng/nbrun.sh" check --help >/dev/null # builds the runner and the library, restores the kernel
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)  ($(nproc) cores)"

echo
echo "== sequential (--parallel 1): per notebook"
start=$(date +%s.%N)
nbrun check "$folder" --parallel 1 2>/dev/null | grep -E '^(ok|FAIL)|^check:' | sed -E 's/^(ok  |FAIL) //' || true
sequential=$(echo "$(date +%s.%N) - $start" | bc)
printf 'sequential wall time: %.1f s\n' "$sequential"

for n in "${parallels[@]}"; do
  echo
  echo "== --parallel $n"
  start=$(date +%s.%N)
  nbrun check "$folder" --parallel "$n" 2>/dev/null | grep -E '^check:' || true
  printf 'parallel %s wall time: %.1f s\n' "$n" "$(echo "$(date +%s.%N) - $start" | bc)"
done

echo
echo "== nbrun overhead per notebook (process start, reading, writing; kernel excluded)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cat >"$scratch/trivial.ipynb" <<'NB'
{"cells": [{"cell_type": "code", "execution_count": null, "id": "c1", "metadata": {"polyglot_notebook": {"kernelName": "csharp"}}, "outputs": [], "source": ["1"]}],
 "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
NB
for i in 1 2 3; do
  start=$(date +%s.%N)
  line=$(cd "$scratch" && nbrun run trivial.ipynb 2>/dev/null | grep -E '^(ok|FAIL)')
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  total=$(sed -E 's/.*total ([0-9.]+) s.*/\1/' <<<"$line")
  printf 'run %d: wall %.2f s, kernel start + cell %.2f s, nbrun overhead %.2f s\n' "$i" "$wall" "$total" "$(echo "$wall - $total" | bc)"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
