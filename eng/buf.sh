#!/usr/bin/env bash
# Lints the contract (protos/user_service.proto, rules in protos/buf.yaml) and checks it for
# breaking changes against the last released copy (eng/buf/released/). Installs buf from npm
# (@bufbuild/buf, pinned in eng/buf/package-lock.json) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/common.sh

if [[ ! -x eng/buf/node_modules/.bin/buf ]]; then
  retry 3 npm ci --prefix eng/buf --no-audit --no-fund --loglevel=error
fi
buf=eng/buf/node_modules/.bin/buf

echo "buf $("$buf" --version): lint"
"$buf" lint protos
echo "buf breaking against eng/buf/released"
"$buf" breaking protos --against eng/buf/released
echo "buf: contract OK"
