#!/usr/bin/env bash
# Runs the notebook runner (tools/NotebookRunner) on the real .NET Interactive kernel.
# Usage: eng/nbrun.sh run|check|export [args...]
#
# Always builds the runner and the tutorial library first (incremental, quiet: a few seconds when nothing
# changed), so that a lesson never runs against a stale notebooks/lib; then restores the pinned kernel
# (.config/dotnet-tools.json) if it is not installed yet.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/eng/common.sh"
dotnet_env

# Quiet: the build's output is shown only when it fails.
build() {
  local log
  if ! log=$(dotnet build "$1" -c Release -v quiet -nologo 2>&1); then
    echo "$log" >&2
    echo "error: building $1 failed" >&2
    exit 1
  fi
}
build "$root/tools/NotebookRunner"
# The notebooks load the tutorial library from notebooks/lib, which its build fills.
build "$root/src/GrpcTutorial"
# The lessons' check cells load the labs' checks (LabKit), which copies itself there too.
build "$root/labs/LabKit"
version=$(grep -A1 '"microsoft.dotnet-interactive"' "$root/.config/dotnet-tools.json" | grep -oE '[0-9]+\.[0-9.]+[^"]*' | head -1)
if [[ ! -d "${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.dotnet-interactive/$version" ]]; then
  (cd "$root" && retry 3 dotnet tool restore >&2)
fi
# Lesson 13 also loads the performance suite's library, which copies itself there when built.
build "$root/samples/Performance/Performance.Core"
exec dotnet "$root/tools/NotebookRunner/bin/Release/net10.0/nbrun.dll" "$@"
