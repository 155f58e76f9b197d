#!/usr/bin/env bash
# Runs every test of the repository: the build (warnings are errors), formatting, all xunit
# projects and the notebook check. CI calls exactly this (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")"
source eng/common.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step "Restore"
retry 3 dotnet restore Samples.sln

step "Build (Release, warnings as errors)"
dotnet build Samples.sln -c Release --no-restore

step "Formatting (dotnet format --verify-no-changes)"
dotnet format Samples.sln --no-restore --verify-no-changes

step "Unit, integration and end-to-end tests"
mkdir -p artifacts
results=artifacts/test-results
rm -rf "$results"
set +e
dotnet test Samples.sln -c Release --no-build --logger "trx" --results-directory "$results" 2>&1 | tee artifacts/test-output.log
test_exit=${PIPESTATUS[0]}
set -e
passed=$(grep -hoE 'Passed: +[0-9]+' artifacts/test-output.log | awk '{s += $2} END {print s + 0}')
failed=$(grep -hoE 'Failed: +[0-9]+' artifacts/test-output.log | awk '{s += $2} END {print s + 0}')
skipped=$(grep -hoE 'Skipped: +[0-9]+' artifacts/test-output.log | awk '{s += $2} END {print s + 0}')

if [[ -f tools/NotebookRunner/NotebookRunner.csproj ]]; then
  step "Notebooks (execute and compare with the committed outputs)"
  set +e
  ./eng/nbrun.sh check notebooks
  nb_exit=$?
  set -e
  if (( nb_exit == 0 )); then passed=$((passed + 1)); else failed=$((failed + 1)); fi
fi

step "Summary (${SECONDS}s)"
echo "$passed passed, $failed failed, $skipped skipped"
if (( test_exit != 0 || failed != 0 )); then
  exit 1
fi
