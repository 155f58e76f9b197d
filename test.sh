#!/usr/bin/env bash
# Runs every test of the repository: the build (warnings are errors), the format check, all
# xunit projects (unit, integration, end-to-end, interop), the notebook check (execute every
# notebook and compare with its committed outputs), the site build and the browser tests.
# CI calls exactly this (see .ci/run). Installs what it needs on a bare Debian machine.
set -euo pipefail
cd "$(dirname "$0")"
source eng/common.sh
source eng/site-deps.sh
dotnet_env
mkdir -p artifacts

step "Prerequisites: Debian packages for the interop test (Python gRPC client)"
ensure_apt python3-grpcio python3-protobuf protobuf-compiler protobuf-compiler-grpc

step "Restore (packages, and the .NET Interactive kernel pinned in .config/dotnet-tools.json)"
retry 3 dotnet restore Samples.sln
retry 3 dotnet tool restore

step "Build (Release, warnings as errors)"
dotnet build Samples.sln -c Release --no-restore -nologo

step "Formatting (dotnet format --verify-no-changes)"
dotnet format Samples.sln --no-restore --verify-no-changes

passed=0 failed=0 skipped=0
count() { # count <log>: adds the totals that `dotnet test` or `node --test` printed
  local log=$1
  passed=$((passed + $(grep -hoE '(Passed: +[0-9]+|^# pass [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{s += $1} END {print s + 0}')))
  failed=$((failed + $(grep -hoE '(Failed: +[0-9]+|^# fail [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{s += $1} END {print s + 0}')))
  skipped=$((skipped + $(grep -hoE '(Skipped: +[0-9]+|^# skipped [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{s += $1} END {print s + 0}')))
}
status=0

step "Contract: buf lint and buf breaking (protos/buf.yaml); npm packages of the soak test"
set +e
eng/buf.sh 2>&1 | tee artifacts/buf.log
(( PIPESTATUS[0] == 0 )) && passed=$((passed + 1)) || { status=1; failed=$((failed + 1)); }
set -e
retry 3 npm ci --prefix tests/UserService.EndToEnd.Tests/Soak --no-audit --no-fund --loglevel=error

step "Unit, integration, end-to-end and interop tests"
# Some tests press Ctrl+C (send SIGINT) to a child process. A script started in the background
# (`./test.sh &`) inherits SIGINT as ignored, and so would those children; GNU env resets it.
sigint_default=()
if env --default-signal=INT true 2>/dev/null; then sigint_default=(env --default-signal=INT); fi
set +e
"${sigint_default[@]}" dotnet test Samples.sln -c Release --no-build --logger "trx" --results-directory artifacts/test-results 2>&1 | tee artifacts/dotnet-test.log
(( PIPESTATUS[0] == 0 )) || status=1
set -e
count artifacts/dotnet-test.log

step "Labs: every starter fails with learner-facing messages, every solution passes, each lab works copied alone and offline"
set +e
eng/labs-prove.sh 2>&1 | tee artifacts/labs.log
(( PIPESTATUS[0] == 0 )) || status=1
set -e
passed=$((passed + $(grep -c '^ok  ' artifacts/labs.log || true)))
failed=$((failed + $(grep -c '^FAIL  ' artifacts/labs.log || true)))

step "Notebooks: execute each one in the .NET Interactive kernel and compare with its committed outputs"
set +e
eng/nbrun.sh check notebooks 2>&1 | tee artifacts/notebooks.log
nb_exit=${PIPESTATUS[0]}
set -e
(( nb_exit == 0 )) || status=1
# nbrun ends with "check: N notebooks, P passed, F failed (T s)".
if summary=$(grep -oE '^check: [0-9]+ notebooks?, [0-9]+ passed, [0-9]+ failed' artifacts/notebooks.log | tail -1) && [[ -n "$summary" ]]; then
  passed=$((passed + $(sed -E 's/.* ([0-9]+) passed.*/\1/' <<<"$summary")))
  failed=$((failed + $(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$summary")))
else
  failed=$((failed + 1)) # nbrun stopped before its summary (bad input, missing kernel)
fi

step "Notebooks in Jupyter: one lesson through the Jupyter protocol (nbclient), outputs compared"
set +e
tools/NotebookRunner/jupyter-check.sh notebooks/06-unary-rpc.ipynb 2>artifacts/jupyter-kernel.log | tee artifacts/jupyter-check.log
jupyter_exit=${PIPESTATUS[0]}
set -e
if (( jupyter_exit == 0 )); then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

step "Notebooks: every mermaid diagram parses (mermaid 11.16.1, the version docfx bundles, in headless Chromium)"
ensure_chromium
set +e
(cd tests/Mermaid && retry 3 npm ci --no-audit --no-fund && node --test) 2>&1 | tee artifacts/mermaid-tests.log
(( PIPESTATUS[0] == 0 )) || status=1
set -e
count artifacts/mermaid-tests.log

step "Site: build (docfx), then browser tests in headless Chromium"
ensure_chromium
ensure_site_packages
set +e
eng/build-site.sh 2>&1 | tee artifacts/site-build.log
site_exit=${PIPESTATUS[0]}
if (( site_exit == 0 )); then
  (cd site && node --test tests/) 2>&1 | tee artifacts/browser-tests.log
  (( PIPESTATUS[0] == 0 )) || status=1
  count artifacts/browser-tests.log
else
  status=1
  failed=$((failed + 1))
fi
set -e

step "Summary (${SECONDS}s)"
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
