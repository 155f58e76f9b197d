#!/usr/bin/env bash
# Packages for labs that live outside the repository (see labs/README.md):
#   eng/labs-packages.sh pack <dir>          the course's own packages (UserService.Contracts, GrpcTutorial,
#                                            GrpcTutorial.LabKit) as .nupkg files in <dir>
#   eng/labs-packages.sh offline <dir>       those, plus every package the labs restore, from the local
#                                            NuGet cache: a folder that lets a lab restore with no network
#   eng/labs-packages.sh sources <dir>       copy what the labs build from inside the repository to <dir>
#   eng/labs-packages.sh nuget-config <file> <folder>
#                                            a nuget.config that takes the course's packages from <folder>
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

pack() {
  local out=$1
  mkdir -p "$out"
  out=$(cd "$out" && pwd)
  for project in src/UserService.Contracts src/GrpcTutorial labs/LabKit; do
    dotnet pack "$project" -c Release -nologo -v quiet -o "$out" -p:TreatWarningsAsErrors=false >/dev/null
  done
  echo "Packed the course's packages into $out"
}

offline() {
  local out=$1
  pack "$out"
  out=$(cd "$out" && pwd)
  # Restore every lab as it restores when copied alone (no LabKit project beside it) into a
  # private package folder: what lands there is exactly what a learner's copy needs. The packages
  # come from this machine's NuGet cache when it has them (no network), else from the configured sources.
  local work cache global
  work=$(mktemp -d)
  cache=$(mktemp -d)
  global=${NUGET_PACKAGES:-$HOME/.nuget/packages}
  for dir in labs/[0-9][0-9]-*/; do
    cp -r "${dir%/}" "$work/"
    rm -rf "$work/$(basename "$dir")/bin" "$work/$(basename "$dir")/obj"
  done
  for project in "$work"/*/*.csproj; do
    if ! NUGET_PACKAGES=$cache dotnet restore "$project" -nologo -v quiet --source "$out" --source "$global" >/dev/null 2>&1; then
      NUGET_PACKAGES=$cache dotnet restore "$project" -nologo -v quiet --source "$out" --source "$global" --source https://api.nuget.org/v3/index.json
    fi
  done
  # The labs inside the repository build LabKit and the course library from source, which needs a
  # few more packages (Grpc.Tools for the generated code): restore a copy of those sources too.
  copy_sources "$work/repo"
  if ! NUGET_PACKAGES=$cache dotnet restore "$work/repo/labs/Labs.slnx" -nologo -v quiet --source "$out" --source "$global" >/dev/null 2>&1; then
    NUGET_PACKAGES=$cache dotnet restore "$work/repo/labs/Labs.slnx" -nologo -v quiet --source "$out" --source "$global" --source https://api.nuget.org/v3/index.json
  fi
  find "$cache" -name '*.nupkg' ! -name 'grpctutorial.*' ! -name 'userservice.contracts.*' -exec cp -n {} "$out/" \;
  rm -rf "$work" "$cache"
  echo "Offline folder ready: $out ($(ls "$out"/*.nupkg | wc -l) packages, $(du -sh "$out" | cut -f1))"
}

copy_sources() { # copy_sources <dir>: what the labs build from inside the repository, without build outputs
  mkdir -p "$1"
  cp -r src protos labs global.json Directory.Build.props Directory.Packages.props "$1/"
  find "$1" -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
}

nuget_config() { # nuget_config <file> <folder with the course's packages, absolute or relative to the file>
  cat >"$1" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="course" value="$2" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <!-- The course's own packages come only from the course folder, everything else from nuget.org.
       Behind a corporate feed, replace the nuget.org URL with the feed's. -->
  <packageSourceMapping>
    <packageSource key="course">
      <package pattern="GrpcTutorial" />
      <package pattern="GrpcTutorial.LabKit" />
      <package pattern="UserService.Contracts" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML
}

case ${1:-} in
  pack) pack "${2:?usage: $0 pack <dir>}" ;;
  offline) offline "${2:?usage: $0 offline <dir>}" ;;
  sources) copy_sources "${2:?usage: $0 sources <dir>}" ;;
  nuget-config) nuget_config "${2:?usage: $0 nuget-config <file> <folder>}" "${3:?usage: $0 nuget-config <file> <folder>}" ;;
  *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
