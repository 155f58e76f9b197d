#!/usr/bin/env bash
# Runs the notebook runner (tools/NotebookRunner) from its Release build, building it first if
# needed. Usage: eng/nbrun.sh run|check|export [args...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runner="$root/tools/NotebookRunner/bin/Release/net10.0/nbrun.dll"
if [[ ! -f "$runner" || "${NBRUN_REBUILD:-0}" == "1" ]]; then
  dotnet build "$root/tools/NotebookRunner" -c Release -v quiet -nologo >&2
fi
# The notebooks load the tutorial library and the labs' checks (LabKit, which references the
# library) from notebooks/lib, which their builds fill.
if [[ ! -f "$root/notebooks/lib/GrpcTutorial.dll" || ! -f "$root/notebooks/lib/GrpcTutorial.LabKit.dll" ]]; then
  dotnet build "$root/labs/LabKit" -c Release -v quiet -nologo >&2
fi
exec dotnet "$runner" "$@"
