#!/usr/bin/env bash
# The labs' progress command (see labs/README.md):
#   ./labs.sh                  list every lab with its passing and failing steps
#   ./labs.sh check <lab>      run one lab's checks and print every step, PASS or FAIL, with its hint
#   ./labs.sh hint <lab>       run one lab's checks and print the hint of the first failing step
#   ./labs.sh watch [lab]      re-run a lab's checks whenever you save (default: the lab you edited last)
#   ./labs.sh export <lab> <dir>   copy a lab out of the repository, with the packages it needs to stand alone
#   ./labs.sh offline <dir>    fill <dir> with every package the labs need, for a room without network
#   ./labs.sh prove            CI: solutions pass, starters fail with learner-facing messages, labs work alone and offline
# Add --solution (or LAB_SOLUTION=1) to check the reference solutions instead of your code.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

solution=${LAB_SOLUTION:-0}
args=()
for arg in "$@"; do
  if [[ $arg == --solution ]]; then solution=1; else args+=("$arg"); fi
done
set -- "${args[@]+"${args[@]}"}"
props=()
(( solution )) && props=(-p:LabSolution=true)

if [[ -t 1 ]]; then green=$'\e[32m' red=$'\e[31m' bold=$'\e[1m' plain=$'\e[0m'; else green='' red='' bold='' plain=''; fi

all_labs() { for dir in labs/[0-9][0-9]-*/; do basename "$dir"; done; }

lab_dir() { # lab_dir <name or number>: the lab's folder (accepts "06", "06-unary", "labs/06-unary")
  local want=${1#labs/}
  want=${want%/}
  for lab in $(all_labs); do
    if [[ $lab == "$want" || ${lab%%-*} == "$want" ]]; then echo "labs/$lab"; return; fi
  done
  echo "No lab '$1'. The labs: $(all_labs | tr '\n' ' ')" >&2
  exit 2
}

report_of() { # report_of <lab dir>: the report the lab's last test run wrote
  ls -t "$1"/bin/*/net*/lab-report.txt 2>/dev/null | head -n 1
}

print_report() { # print_report <lab dir> [--details]
  local dir=$1 file
  file=$(report_of "$dir")
  if [[ -z $file ]]; then
    echo "${bold}$(basename "$dir")${plain}: no result (it did not build: run ./labs.sh check $(basename "$dir") to see why)"
    return
  fi
  local total passed
  total=$(grep -cE '^(PASS|FAIL)  ' "$file" || true)
  passed=$(grep -cE '^PASS  ' "$file" || true)
  local colour=$red
  if (( passed == total )); then colour=$green; fi
  echo "${bold}$(basename "$dir")${plain}  ${colour}${passed}/${total} steps pass${plain}"
  while IFS= read -r line; do
    case $line in
      PASS*) echo "  ${green}PASS${plain}${line#PASS}" ;;
      FAIL*) echo "  ${red}FAIL${plain}${line#FAIL}" ;;
      *) if [[ ${2:-} == --details && $line == " "* ]]; then echo "  $line"; fi ;;
    esac
  done < <(tail -n +2 "$file")
}

run_checks() { # run_checks <project or solution>: builds and runs the checks quietly; shows compiler errors
  local target=$1 log
  log=$(mktemp)
  rm -f labs/*/bin/*/net*/lab-report.txt
  dotnet test "$target" "${props[@]+"${props[@]}"}" -nologo --logger "console;verbosity=quiet" >"$log" 2>&1 || true
  grep -E ': error (CS|MSB|NU)[0-9]+' "$log" | sed -E 's/ \[[^]]*\]$//' | sort -u | head -n 20 || true
  rm -f "$log"
}

command=${1:-list}
case $command in
  list)
    if (( solution )); then echo "Checking the reference solution of every lab..."; else echo "Checking every lab..."; fi
    run_checks labs/Labs.slnx
    for lab in $(all_labs); do print_report "labs/$lab"; done
    ;;
  check)
    dir=$(lab_dir "${2:?usage: ./labs.sh check <lab>}")
    echo "Building $(basename "$dir") and running its checks (the first build takes a minute or two)..."
    run_checks "$dir"
    print_report "$dir" --details
    file=$(report_of "$dir")
    [[ -n $file ]] && ! grep -q '^FAIL  ' "$file"
    ;;
  hint)
    dir=$(lab_dir "${2:?usage: ./labs.sh hint <lab>}")
    echo "Building $(basename "$dir") and running its checks..."
    run_checks "$dir"
    file=$(report_of "$dir")
    if [[ -z $file ]]; then echo "The lab does not build yet: fix the compiler errors above first."; exit 1; fi
    if ! grep -q '^FAIL  ' "$file"; then echo "${green}Every step of $(basename "$dir") passes.${plain} On to the next lab!"; exit 0; fi
    awk 'found && /^(PASS|FAIL)  /{exit} /^FAIL  /{found=1; print; next} found' "$file"
    ;;
  watch)
    if [[ -n ${2:-} ]]; then
      dir=$(lab_dir "$2")
    else
      latest=$(ls -t labs/[0-9][0-9]-*/starter/* 2>/dev/null | head -n 1 || true)
      dir=${latest%/starter/*}
      [[ -n $dir ]] || dir=labs/$(all_labs | head -n 1)
    fi
    echo "Watching $dir: save a file to re-run its checks (Ctrl+C stops)."
    exec dotnet watch --project "$dir" test "${props[@]+"${props[@]}"}" -nologo
    ;;
  export)
    dir=$(lab_dir "${2:?usage: ./labs.sh export <lab> <dir>}")
    out=${3:?usage: ./labs.sh export <lab> <dir>}
    eng/labs-packages.sh pack "$out/packages"
    mkdir -p "$out"
    rm -rf "${out:?}/$(basename "$dir")"
    cp -r "$dir" "$out/"
    rm -rf "$out/$(basename "$dir")/bin" "$out/$(basename "$dir")/obj"
    eng/labs-packages.sh nuget-config "$out/nuget.config" packages
    echo "Exported to $out/$(basename "$dir"): cd there and run dotnet test."
    ;;
  offline)
    eng/labs-packages.sh offline "${2:?usage: ./labs.sh offline <dir>}"
    ;;
  prove)
    exec eng/labs-prove.sh
    ;;
  *)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
