#!/usr/bin/env bash
# The main job. On a fresh clone it builds everything, executes the notebooks whose outputs are
# stale, exports them, builds the site with docfx and serves it on http://127.0.0.1:$PORT
# (default 5173). Set COURSE_REPOSITORY_URL to give every page links to its source.
#
#   ./run.sh               build, then serve the site until Ctrl+C
#   ./run.sh --build-only  stop after building the site
set -euo pipefail
cd "$(dirname "$0")"
source eng/common.sh
dotnet_env

build_only=false
for arg in "$@"; do
  case "$arg" in
    --build-only) build_only=true ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "error: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

step "Restore and build everything (Release)"
retry 3 dotnet restore Samples.sln
retry 3 dotnet tool restore
dotnet build Samples.sln -c Release --no-restore -v quiet -nologo

step "Notebooks: execute the ones whose outputs are stale"
eng/nbrun.sh run notebooks --stale-only

eng/build-site.sh

if [[ "$build_only" == true ]]; then
  step "Done (${SECONDS}s): site/_site"
  exit 0
fi

step "Serving the site (${SECONDS}s to build); Ctrl+C stops"
exec python3 eng/serve-site.py "${PORT:-5173}"
