#!/usr/bin/env bash
# Installs what the browser tests of the site need on a bare machine: their npm packages
# (playwright-core and axe-core, from the lockfile) and Debian's Chromium. Building the site needs
# neither (docfx is a .NET tool). Source eng/common.sh first.

ensure_site_packages() {
  if [[ ! -d site/node_modules/playwright-core || ! -d site/node_modules/axe-core ]] || [[ site/package-lock.json -nt site/node_modules/.package-lock.json ]]; then
    step "Browser tests: npm ci"
    (cd site && retry 3 npm ci --no-audit --no-fund)
  fi
}

ensure_chromium() {
  if [[ ! -x /usr/bin/chromium ]]; then
    step "Browser tests: installing Debian's chromium"
    ensure_apt chromium
  fi
}
