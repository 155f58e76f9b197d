#!/usr/bin/env bash
# Runs the notebook runner (tools/NotebookRunner) from its Release build, building it first if
# needed. Usage: eng/nbrun.sh run|check|export [args...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runner="$root/tools/NotebookRunner/bin/Release/net10.0/nbrun.dll"
if [[ ! -f "$runner" || "${NBRUN_REBUILD:-0}" == "1" ]]; then
  dotnet build "$root/tools/NotebookRunner" -c Release -v quiet -nologo >&2
fi
# The notebooks load the tutorial library from notebooks/lib, which its build fills.
if [[ ! -f "$root/notebooks/lib/GrpcTutorial.dll" ]]; then
  dotnet build "$root/src/GrpcTutorial" -c Release -v quiet -nologo >&2
fi
# Lesson 13 also loads the performance suite's library, which copies itself there when built.
if [[ ! -f "$root/notebooks/lib/Performance.Core.dll" ]]; then
  dotnet build "$root/samples/Performance/Performance.Core" -c Release -v quiet -nologo >&2
fi
exec dotnet "$runner" "$@"
