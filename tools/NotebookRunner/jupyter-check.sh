#!/usr/bin/env bash
# Executes lessons through the Jupyter protocol, as JupyterLab or VS Code's Jupyter extension would run them,
# with the pinned .NET Interactive kernel registered as a Jupyter kernel, and compares their outputs with the
# committed ones. Registers the kernel in a temporary Jupyter data folder: nothing outside it is changed.
# Usage: tools/NotebookRunner/jupyter-check.sh [notebooks...]   (default: notebooks/06-unary-rpc.ipynb)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/eng/common.sh"
dotnet_env
notebooks=("${@:-$root/notebooks/06-unary-rpc.ipynb}")

ensure_apt python3-nbclient python3-nbformat jupyter-client python3-jupyter-core
(cd "$root" && retry 3 dotnet tool restore >/dev/null)
dotnet build "$root/src/GrpcTutorial" -c Release -v quiet -nologo "-clp:ErrorsOnly;NoSummary" >/dev/null

data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export JUPYTER_DATA_DIR="$data" JUPYTER_PATH="$data" DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1
mkdir -p "$data/kernels"
(cd "$root" && dotnet tool run dotnet-interactive -- jupyter install --path "$data/kernels" >/dev/null)
# The kernel also serves an HTTP API (for its JavaScript client); keep it on loopback.
/usr/bin/python3 - "$data/kernels/.net-csharp/kernel.json" <<'PY'
import json, sys
spec = json.load(open(sys.argv[1]))
spec["argv"].append("--http-local-only")
json.dump(spec, open(sys.argv[1], "w"), indent=2)
PY

status=0
for notebook in "${notebooks[@]}"; do
  /usr/bin/python3 "$root/tools/NotebookRunner/Jupyter/check_in_jupyter.py" "$notebook" .net-csharp || status=1
done
exit "$status"
