#!/usr/bin/env bash
# Proves the labs work (test.sh runs it; also ./labs.sh prove):
#   1. every starter builds (warnings are errors) and its checks FAIL with a learner-facing message
#      (expected, actual, hint, lesson) and no stack trace, never a crash;
#   2. every lab, copied alone out of the repository, restores from the offline package folder only
#      (a fresh package cache, no other source), builds, and its reference solution passes every
#      check; one lab's starter, copied alone, fails with the learner-facing message too;
#   3. every lesson with an exercise is followed by its lab's check cells, whose starter code is the
#      lab's starter (eng/lab-cells.py --check).
# Prints one line per lab and check, and exits non-zero if any proof fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
out=artifacts/labs
rm -rf "$out"
mkdir -p "$out"
status=0
failures=0
passes=0
ok() { echo "ok    $*"; passes=$((passes + 1)); }
bad() { echo "FAIL  $*"; failures=$((failures + 1)); status=1; }

labs=()
for dir in labs/[0-9][0-9]-*/; do labs+=("$(basename "$dir")"); done

# check_report <report file> <lab> <expect: starter|solution> <test log>
check_report() {
  local file=$1 lab=$2 expect=$3 log=$4
  if [[ ! -f $file ]]; then bad "$lab ($expect): no report: the checks did not run (see $log)"; return; fi
  local total passed failed
  total=$(grep -cE '^(PASS|FAIL)  ' "$file" || true)
  passed=$(grep -cE '^PASS  ' "$file" || true)
  failed=$((total - passed))
  if [[ $expect == solution ]]; then
    if (( total > 0 && failed == 0 )); then ok "$lab: the reference solution passes all $total steps"; else bad "$lab: the reference solution fails $failed of $total steps: $(grep -E '^FAIL  ' "$file" | head -n 3 | tr '\n' ' ')"; fi
    return
  fi
  if (( failed == 0 )); then bad "$lab: the starter passes every step (it should leave work to do)"; return; fi
  local blocks
  blocks=$(awk '/^FAIL  /{n++} END{print n+0}' "$file")
  for field in Expected Actual Hint Read; do
    if (( $(grep -cE "^  $field: " "$file" || true) < blocks )); then bad "$lab: a failing step has no '$field:' line"; return; fi
  done
  ok "$lab: the starter fails $failed of $total steps, each with expected, actual, hint and lesson"
  # The lab's README lists the steps and its HINTS.md their hints, in their own words: at least as many.
  local readme=labs/$lab/README.md steps hints
  if [[ $lab != *' '* && -f $readme ]]; then
    steps=$(sed -n '/^## Steps/,/^## /p' "$readme" | grep -cE '^[0-9]+\. ' || true)
    hints=$(grep -cE '^[0-9]+\. ' "labs/$lab/HINTS.md" 2>/dev/null || true)
    if (( steps == total && hints == total )); then ok "$lab: its README lists all $total steps and HINTS.md a hint for each"; else bad "$lab: the checks have $total steps, its README lists $steps steps and HINTS.md $hints hints"; fi
  fi
}

echo "1. Starters, in the repository"
dotnet build labs/Labs.slnx -c Release -p:TreatWarningsAsErrors=true -nologo -v quiet -clp:ErrorsOnly
if dotnet format labs/Labs.slnx --no-restore --verify-no-changes >"$out/format.log" 2>&1; then ok "the labs are formatted (dotnet format)"; else bad "dotnet format would change the labs (see $out/format.log)"; fi
rm -f labs/*/bin/Release/net*/lab-report.txt
dotnet test labs/Labs.slnx -c Release --no-build -nologo >"$out/starters.log" 2>&1 || true
for lab in "${labs[@]}"; do
  check_report "labs/$lab/bin/Release/net10.0/lab-report.txt" "$lab" starter "$out/starters.log"
done
if grep -q 'Stack Trace:' "$out/starters.log"; then bad "a starter's test output shows a stack trace (see $out/starters.log)"; else ok "no starter's test output shows a stack trace"; fi

echo "2. Every lab copied alone, restored from the offline folder only"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
eng/labs-packages.sh offline "$work/offline" | tail -n 1
mkdir -p "$work/alone"
for lab in "${labs[@]}"; do
  cp -r "labs/$lab" "$work/alone/"
  rm -rf "$work/alone/$lab/bin" "$work/alone/$lab/obj"
done
{
  echo '<Solution>'
  for lab in "${labs[@]}"; do echo "  <Project Path=\"$(cd "$work/alone/$lab" && ls ./*.csproj | sed 's|^\./||; s|^|'"$lab"'/|')\" />"; done
  echo '</Solution>'
} >"$work/alone/Alone.slnx"
export NUGET_PACKAGES="$work/packages"
if dotnet restore "$work/alone/Alone.slnx" --source "$work/offline" -nologo -v quiet >"$out/offline-restore.log" 2>&1; then
  ok "all ${#labs[@]} labs restore from the offline folder alone ($(ls "$work/offline"/*.nupkg | wc -l) packages, fresh package cache)"
  if dotnet build "$work/alone/Alone.slnx" -c Release --no-restore -p:LabSolution=true -p:TreatWarningsAsErrors=true -nologo -v quiet -clp:ErrorsOnly >"$out/alone-build.log" 2>&1; then
    dotnet test "$work/alone/Alone.slnx" -c Release --no-build -p:LabSolution=true -nologo >"$out/solutions.log" 2>&1 || true
    for lab in "${labs[@]}"; do
      check_report "$work/alone/$lab/bin/Release/net10.0/lab-report.txt" "$lab" solution "$out/solutions.log"
    done
  else
    bad "the labs copied alone do not build (see $out/alone-build.log)"
  fi
  eng/labs-packages.sh sources "$work/repo"
  if NUGET_PACKAGES="$work/packages-repo" dotnet restore "$work/repo/labs/Labs.slnx" --source "$work/offline" -nologo -v quiet >"$out/offline-restore-repo.log" 2>&1; then
    ok "the labs inside the repository (LabKit and the course library from source) restore from the offline folder alone"
  else
    bad "the labs inside the repository do not restore from the offline folder alone (see $out/offline-restore-repo.log)"
  fi
  first=${labs[0]}
  rm -f "$work/alone/$first"/bin/Release/net*/lab-report.txt
  dotnet test "$work/alone/$first" -c Release --no-restore -nologo >"$out/alone-starter.log" 2>&1 || true
  check_report "$work/alone/$first/bin/Release/net10.0/lab-report.txt" "$first (copied alone)" starter "$out/alone-starter.log"
else
  bad "the labs copied alone do not restore from the offline folder (see $out/offline-restore.log)"
fi

echo "3. The lessons: each exercise is followed by its lab's check cells, with the lab's starter code"
while IFS= read -r line; do
  case $line in
    ok*) ok "${line#ok    }" ;;
    FAIL*) bad "${line#FAIL  }" ;;
  esac
done < <(python3 eng/lab-cells.py --check)

echo "Labs: $passes passed, $failures failed"
exit "$status"
