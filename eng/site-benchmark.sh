#!/usr/bin/env bash
# Measures the site: warm build time (notebook export + docfx + link check) and what a reader
# downloads for the home page and lesson 03 with the browser cache disabled, as served by
# eng/serve-site.py (gzip, like a static host). Needs the browser-test packages (site/node_modules)
# and Chromium. Prints the numbers next to the figures of the previous VitePress site.
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/common.sh
source eng/site-deps.sh
ensure_site_packages
ensure_chromium

step "Warm-up build (not timed)"
eng/build-site.sh >/dev/null

step "Timed warm build"
started=$(date +%s%N)
eng/build-site.sh | grep -E '^site built'
build_ms=$(( ($(date +%s%N) - started) / 1000000 ))

step "Page weight, cache disabled"
python3 eng/serve-site.py 0 > artifacts/benchmark-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do grep -q 'http://' artifacts/benchmark-server.log 2>/dev/null && break; sleep 0.2; done
base=$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' artifacts/benchmark-server.log)
(cd site && node scripts/measure.mjs "$base" /index.html /lessons/03-wire-encoding.html)

step "Summary"
printf 'site build, warm (export + docfx + link check): %d.%01d s   (budget 30 s; VitePress: 48 s)\n' $((build_ms / 1000)) $((build_ms % 1000 / 100))
echo 'page weights above; budgets: home <= 600 KB, lesson 03 <= 1,024 KB'
echo 'VitePress for comparison: home 466 KB, lesson 03 650 KB on a phone, 3,056 KB on a desktop (prefetching)'
