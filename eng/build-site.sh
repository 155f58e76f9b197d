#!/usr/bin/env bash
# Builds the static site (docfx) into site/_site: exports every notebook to site/lessons/*.md with
# `nbrun export`, generates the API reference from the projects, builds with docfx (any warning
# fails the build), drops what a reader never downloads (source maps), and checks every link.
#
# COURSE_REPOSITORY_URL (for example https://github.com/owner/course) turns on the links to the
# repository: each page's "View source" and "Edit this page", and each lesson's notebook link.
# COURSE_REPOSITORY_BRANCH names the branch (default: main).
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/common.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v python3 >/dev/null || ensure_apt python3

started=$SECONDS
step "Site: export the notebooks to site/lessons"
rm -rf site/lessons
eng/nbrun.sh export notebooks --out site/lessons
exported=$SECONDS

step "Site: docfx (API reference from the projects, then the pages)"
retry 3 dotnet tool restore >/dev/null
if [[ -n "${COURSE_REPOSITORY_URL:-}" ]]; then
  export DOCFX_SOURCE_REPOSITORY_URL="$COURSE_REPOSITORY_URL"
  export DOCFX_SOURCE_BRANCH_NAME="${COURSE_REPOSITORY_BRANCH:-main}"
fi
# The API reference is generated from the two projects (a compile of each, the slow part of the
# build); it is regenerated only when their inputs changed since the last build.
api_inputs=$(find src/GrpcTutorial src/UserService.Contracts protos -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.proto' \) \
  -not -path '*/bin/*' -not -path '*/obj/*' | LC_ALL=C sort | xargs sha256sum Directory.Build.props Directory.Packages.props docfx.json | sha256sum | cut -d' ' -f1)
if [[ -f site/api/toc.yml && "$(cat site/api/.inputs-sha256 2>/dev/null)" == "$api_inputs" ]]; then
  echo "API reference: up to date (its projects did not change)"
else
  rm -rf site/api
  dotnet docfx metadata docfx.json --warningsAsErrors
  echo "$api_inputs" > site/api/.inputs-sha256
fi
rm -rf site/_site
dotnet docfx build docfx.json --warningsAsErrors

# Source maps are for debugging docfx's own scripts; no reader needs them.
find site/_site -name '*.map' -delete

step "Site: link check (relative and site-absolute links, and their anchors)"
/usr/bin/env python3 eng/check-site-links.py site/_site
echo "site built in $((SECONDS - started)) s (export $((exported - started)) s, docfx and checks $((SECONDS - exported)) s) -> site/_site"
