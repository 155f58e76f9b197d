#!/usr/bin/env bash
# Helpers shared by run.sh and test.sh. Source it; don't run it.

# The .NET CLI settings every script uses: no telemetry, no banner, no first-run work. nbrun sets the same
# ones for the kernel processes it starts.
dotnet_env() {
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# Retries a command that reaches the network (package restores, apt): "retry 3 cmd args...".
retry() {
  local attempts=$1 delay=5 n=1
  shift
  until "$@"; do
    if (( n >= attempts )); then
      echo "error: '$*' failed after $attempts attempts" >&2
      return 1
    fi
    echo "warning: '$*' failed (attempt $n of $attempts); retrying in ${delay}s" >&2
    sleep "$delay"
    n=$((n + 1))
    delay=$((delay * 2))
  done
}

# Prints a section header with the time since the script started.
step() {
  printf '\n==> [%4ds] %s\n' "$SECONDS" "$*"
}

# Installs Debian packages that are missing (CI machines start bare).
ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  (( ${#missing[@]} == 0 )) && return 0
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  retry 3 $sudo apt-get update -qq
  retry 3 $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}
