// Shared helpers for the browser tests: serve the built site and drive Debian's Chromium with
// playwright-core (no browser download: Playwright is pointed at /usr/bin/chromium).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

export const siteRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Starts scripts/serve.mjs on a free port; resolves with its base URL and a stop function. */
export function startServer() {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(siteRoot, 'scripts', 'serve.mjs'), '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
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
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Opens a page and records console errors and uncaught exceptions while it is used. */
export async function openPage(context, url) {
  const page = await context.newPage()
  const errors = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`))
  const response = await page.goto(url, { waitUntil: 'networkidle' })
  return { page, errors, response }
}
