#!/usr/bin/env bash
# Installs what the site needs on a bare machine: the npm packages (from the lockfile) and,
# for the browser tests, Debian's Chromium. Source eng/common.sh first.

ensure_site_packages() {
  if [[ ! -d site/node_modules/vitepress ]] || [[ site/package-lock.json -nt site/node_modules/.package-lock.json ]]; then
    step "Site: npm ci"
    (cd site && retry 3 npm ci --no-audit --no-fund)
  fi
}

ensure_chromium() {
  if [[ ! -x /usr/bin/chromium ]]; then
    step "Browser tests: installing Debian's chromium"
    ensure_apt chromium
  fi
}
