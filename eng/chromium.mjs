// How the course's Node tests start Debian's Chromium (with playwright-core, no browser download):
// the site's browser tests and benchmark (site/tests/browser.mjs) and the mermaid test
// (tests/Mermaid). No dependencies, so each package imports it by path.

/** The browser: /usr/bin/chromium, or $CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Headless Chromium as root in a container, with nothing that reaches the network by itself. */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
])
