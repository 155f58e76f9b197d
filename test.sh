#!/usr/bin/env bash
# Runs every test of the repository: the build (warnings are errors), the format check, all
# xunit projects (unit, integration, end-to-end, interop), the notebook check (execute every
# notebook and compare with its committed outputs), the site build and the browser tests.
# CI calls exactly this (see .ci/run). Installs what it needs on a bare Debian machine.
set -euo pipefail
cd "$(dirname "$0")"
source eng/common.sh
source eng/site-deps.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
mkdir -p artifacts

step "Prerequisites: Debian packages for the interop test (Python gRPC client)"
ensure_apt python3-grpcio python3-protobuf protobuf-compiler protobuf-compiler-grpc

step "Restore"
retry 3 dotnet restore Samples.sln

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

step "Notebooks: execute each one and compare with its committed outputs"
set +e
eng/nbrun.sh check notebooks 2>&1 | tee artifacts/notebooks.log
nb_exit=${PIPESTATUS[0]}
set -e
nb_total=$(ls notebooks/[0-9][0-9]-*.ipynb 2>/dev/null | wc -l)
if (( nb_exit == 0 )); then
  passed=$((passed + nb_total))
else
  status=1
  nb_failed=$(grep -cE '^(FAIL|✗)' artifacts/notebooks.log || true)
  (( nb_failed > 0 )) || nb_failed=1
  failed=$((failed + nb_failed))
  passed=$((passed + nb_total - nb_failed))
fi

step "Site: build, then browser tests in headless Chromium"
ensure_chromium
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
