#!/usr/bin/env bash
# The whole performance suite in one command:
#   1. builds the projects in Release,
#   2. runs the serialization benchmark (BenchmarkDotNet: Google.Protobuf vs System.Text.Json),
#   3. starts the transport server (gRPC and REST/JSON in one Kestrel process, 127.0.0.1 only),
#   4. runs the load client: correctness checks, the h2load matrix (unary calls) and the
#      100,000-user streaming downloads,
#   5. writes results/results.json and results/results.md,
#   6. executes lesson 13 again, which displays those results.
#
# Needs the .NET 10 SDK, h2load and nghttp (on Debian the script installs nghttp2-client) and, for CPU
# pinning, taskset (util-linux). Takes about 6½ minutes on a 2-core machine, at most 2 more when
# other processes disturb measurements (a disturbed configuration is measured again).
#
# Settings (environment variables):
#   PORT=5199                 loopback port of the server
#   DURATION=4                seconds per measured h2load round (as a request count: warm-up rate x DURATION);
#                             each protocol gets two rounds per configuration, interleaved A B B A
#   WARMUP=2                  seconds of the warm-up run before each measured run
#   LEVELS=1x1,4x4,8x8        concurrency levels, connections x streams per connection
#   REPETITIONS=10            measured downloads per protocol in the streaming part
#   PIN=0                     1: server on CPU 1, load generators on CPU 0 (see README: it makes .NET
#                             slower on a 2-core machine); 0: no pinning
#   SKIP_SERIALIZATION=0      1: skip BenchmarkDotNet (about 1 minute)
#   UPDATE_LESSON=1           0: do not re-execute notebooks/13-performance-measured.ipynb
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${PORT:-5199}"
duration="${DURATION:-4}"
warmup="${WARMUP:-2}"
levels="${LEVELS:-1x1,4x4,8x8}"
repetitions="${REPETITIONS:-10}"
pin="${PIN:-0}"
skip_serialization="${SKIP_SERIALIZATION:-0}"

suite_start="$(date +%s)"
start_load="$(cut -d' ' -f1-3 /proc/loadavg)"
artifacts="$here/artifacts"
results="$here/results"
bin="bin/Release/net10.0"

repo="$(cd "$here/../.." && pwd)"
# shellcheck source=../../eng/common.sh
source "$repo/eng/common.sh"
if ! command -v h2load >/dev/null || ! command -v nghttp >/dev/null; then
  if command -v apt-get >/dev/null; then
    echo "== Installing h2load and nghttp (Debian package nghttp2-client)"
    ensure_apt nghttp2-client
  fi
fi
for tool in dotnet h2load nghttp; do
  command -v "$tool" >/dev/null || { echo "Missing '$tool' (h2load and nghttp: apt-get install nghttp2-client)." >&2; exit 1; }
done

server_cpu=()
client_cpu=()
if [[ "$pin" == "1" ]]; then
  if [[ "$(nproc --all)" -lt 2 ]] || ! command -v taskset >/dev/null; then
    echo "PIN=1 needs two CPUs and taskset; run with PIN=0." >&2
    exit 1
  fi
  server_cpu=(taskset -c 1)
  client_cpu=(taskset -c 0)
  pinning="server pinned to CPU 1, load generators (h2load, the .NET load client) pinned to CPU 0"
else
  pinning="no CPU pinning: server and load generators share all CPUs"
fi
setup="Release builds; server: Kestrel HTTP/2 prior knowledge (h2c) on 127.0.0.1, server GC (non-concurrent), no logging, MaxStreamsPerConnection 1000, no gRPC compression, REST and gRPC in the same process on the same data; $pinning"

echo "== Load average at start: $start_load"
if awk -v load="${start_load%% *}" 'BEGIN { exit !(load >= 1) }'; then
  echo "   Warning: the machine is busy (1-minute load >= 1); timings will be noisy. The load is recorded in the results." >&2
fi
echo "== Building (Release)"
for project in Serialization/Performance.Serialization.csproj TransportServer/Performance.TransportServer.csproj LoadClient/Performance.LoadClient.csproj; do
  dotnet build "$here/$project" -c Release -nologo -v quiet
done

mkdir -p "$artifacts" "$results"
serialization_args=()
if [[ "$skip_serialization" != "1" ]]; then
  echo "== Serialization benchmark (BenchmarkDotNet)"
  # BenchmarkDotNet writes its own reports under the working directory: keep them in artifacts/.
  (cd "$artifacts" && dotnet "$here/Serialization/$bin/Performance.Serialization.dll" --out "$artifacts/serialization.json")
  serialization_args=(--serialization "$artifacts/serialization.json")
fi

echo "== Starting the transport server on 127.0.0.1:$port"
"${server_cpu[@]}" dotnet "$here/TransportServer/$bin/Performance.TransportServer.dll" "$port" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT

echo "== Transport benchmark (h2load matrix, then streaming)"
status=0
"${client_cpu[@]}" dotnet "$here/LoadClient/$bin/Performance.LoadClient.dll" \
  --port "$port" --duration "$duration" --warmup "$warmup" --levels "$levels" --repetitions "$repetitions" \
  --out "$results" --work "$artifacts/work" "${serialization_args[@]}" \
  --suite-start "$suite_start" --start-loadavg "$start_load" \
  --git-commit "$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  --setup "$setup" || status=$?

# Lesson 13 shows the committed results: execute it again so that it matches the new ones
# (its check in test.sh would fail otherwise). UPDATE_LESSON=0 leaves it alone.
if [[ "$status" == "0" && "${UPDATE_LESSON:-1}" == "1" ]]; then
  echo "== Re-executing lesson 13 with the new results"
  "$repo/eng/nbrun.sh" run "$repo/notebooks/13-performance-measured.ipynb" || status=$?
fi

echo "== Done in $(( $(date +%s) - suite_start )) s: $results/results.md"
exit "$status"
