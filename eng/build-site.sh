#!/usr/bin/env bash
# Builds the static site from the executed notebooks and the samples:
# exports every notebook to site/lessons/*.md, copies the notebooks for download, then runs
# VitePress. Fails (naming the notebook and the cell) if a notebook cannot be exported.
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/common.sh
source eng/site-deps.sh

ensure_site_packages

step "Site: export the notebooks to site/lessons"
rm -rf site/lessons site/public/notebooks
mkdir -p site/lessons site/public/notebooks
eng/nbrun.sh export notebooks --out site/lessons
cp notebooks/[0-9][0-9]-*.ipynb site/public/notebooks/

step "Site: VitePress build"
started=$SECONDS
(cd site && npx vitepress build . )
echo "site built in $((SECONDS - started)) s -> site/.vitepress/dist"
