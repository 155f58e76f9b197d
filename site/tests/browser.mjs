// Shared helpers for the browser tests and the benchmark: serve the built site (site/_site) with
// the same server run.sh uses, and drive Debian's Chromium with playwright-core (no browser
// download: Playwright is pointed at /usr/bin/chromium).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../../eng/chromium.mjs'

export const siteRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const repositoryRoot = resolve(siteRoot, '..')
export { chromiumPath }

/** Starts eng/serve-site.py on a free loopback port; resolves with its base URL and a stop function. */
export function startServer() {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('python3', [join(repositoryRoot, 'eng', 'serve-site.py'), '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const timer = setTimeout(() => reject(new Error(`the site server did not start in 15 s: ${output}`)), 15_000)
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)
      if (match) {
        clearTimeout(timer)
        resolvePromise({ baseUrl: match[0].replace(/\/$/, ''), stop: () => child.kill() })
      }
    })
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the site server exited with ${code}: ${output}`))
    })
  })
}

/** Launches headless Chromium with the flags this machine needs and a fresh profile. */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'course-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...chromiumArgs],
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/**
 * Opens a page and records console errors, uncaught exceptions and failed requests while it is
 * used. `width` sets the viewport (1280 desktop, 390 phone); `theme` is light or dark.
 */
export async function openPage(context, url, { width = 1280, theme = 'light' } = {}) {
  const page = await context.newPage()
  await page.setViewportSize({ width, height: width > 600 ? 900 : 844 })
  await page.addInitScript((value) => localStorage.setItem('theme', value), theme)
  const errors = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`))
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`))
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  const response = await page.goto(url, { waitUntil: 'networkidle' })
  await settle(page)
  return { page, errors, response }
}

/** Waits until docfx has rendered the page's diagrams and highlighted its code. */
export async function settle(page) {
  await page.waitForFunction(() => {
    const diagrams = [...document.querySelectorAll('pre.mermaid, pre code.lang-mermaid')]
    return diagrams.every((d) => d.querySelector('svg') || /error/i.test(d.textContent ?? ''))
  }, null, { timeout: 20_000 }).catch(() => {})
  await page.waitForTimeout(150)
}

/** Every HTML page of the built site, as site paths (/lessons/01-why-grpc.html); not the toc.html fragments docfx's script loads. */
export async function allPages() {
  const { readdir } = await import('node:fs/promises')
  const root = join(siteRoot, '_site')
  const entries = await readdir(root, { recursive: true })
  return entries
    .filter((entry) => entry.endsWith('.html') && !/(^|[\\/])toc\.html$/.test(entry))
    .map((entry) => '/' + entry.split('\\').join('/'))
    .sort()
}
