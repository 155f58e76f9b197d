// Browser tests of the built site in headless Chromium. Run after `npm run build`:
//   node --test tests/
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchBrowser, openPage, siteRoot, startServer } from './browser.mjs'

const screenshots = join(siteRoot, 'test-results', 'screenshots')
let server
let browser

before(async () => {
  mkdirSync(screenshots, { recursive: true })
  server = await startServer()
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  server?.stop()
})

async function sidebarLinks() {
  const { page } = await openPage(browser.context, `${server.baseUrl}/samples/`)
  const links = await page.$$eval('.VPSidebar a.VPLink[href]', (anchors) => anchors.map((a) => a.getAttribute('href')))
  await page.close()
  return [...new Set(links)]
}

describe('the course site', () => {
  test('every page in the sidebar loads with no console errors', async () => {
    const links = await sidebarLinks()
    assert.ok(links.length >= 12 + 4, `expected the 12 lessons and the sample pages in the sidebar, found ${links.length}: ${links.join(', ')}`)
    for (const link of links) {
      const { page, errors, response } = await openPage(browser.context, new URL(link, server.baseUrl).href)
      assert.equal(response.status(), 200, `${link} answered ${response.status()}`)
      assert.ok(await page.locator('h1').count() > 0, `${link} has no heading`)
      assert.deepEqual(errors, [], `${link} logged errors`)
      await page.close()
    }
  })

  test('a search for a term from a lesson finds that lesson', async () => {
    const { page } = await openPage(browser.context, `${server.baseUrl}/`)
    await page.locator('.VPNavBarSearch button').first().click()
    await page.locator('#localsearch-input').fill('ZigZag')
    const results = page.locator('.results a.result')
    await results.first().waitFor({ timeout: 10_000 })
    const hrefs = await results.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    assert.ok(hrefs.some((href) => href.includes('03-wire-encoding')), `search results: ${hrefs.join(', ')}`)
    await page.close()
  })

  test('code blocks are highlighted', async () => {
    const { page } = await openPage(browser.context, `${server.baseUrl}/lessons/06-unary-rpc.html`)
    const csharp = page.locator('div.language-csharp pre.shiki span[style*="--shiki"]')
    assert.ok(await csharp.count() > 10, 'C# tokens carry Shiki colours')
    await page.close()

    const samples = await openPage(browser.context, `${server.baseUrl}/samples/`)
    assert.ok(await samples.page.locator('div.language-proto pre.shiki span[style*="--shiki"]').count() > 10, 'proto tokens carry Shiki colours')
    await samples.page.close()
  })

  test('a Mermaid diagram renders as SVG', async () => {
    const { page, errors } = await openPage(browser.context, `${server.baseUrl}/lessons/06-unary-rpc.html`)
    const svg = page.locator('.mermaid-diagram[data-rendered="true"] svg')
    await svg.first().waitFor({ timeout: 15_000 })
    assert.ok(await svg.count() >= 1)
    assert.equal(await page.locator('.mermaid-error').count(), 0, 'no diagram failed to parse')
    assert.deepEqual(errors, [])
    await page.screenshot({ path: join(screenshots, 'lesson.png'), fullPage: false })
    await page.close()
  })

  test('an annotated byte table renders', async () => {
    const { page } = await openPage(browser.context, `${server.baseUrl}/lessons/03-wire-encoding.html`)
    const table = page.locator('.nb-html table.wire-table').first()
    await table.waitFor({ timeout: 10_000 })
    const text = await table.innerText()
    assert.match(text, /B9 60/i, 'the varint bytes of 12345 are shown')
    assert.ok(await table.locator('tr').count() > 4)
    await page.close()
  })

  test('every internal link resolves', async () => {
    const seen = new Set()
    const queue = ['/']
    const broken = []
    const page = await browser.context.newPage()
    while (queue.length > 0) {
      const path = queue.shift()
      if (seen.has(path)) continue
      seen.add(path)
      const response = await page.goto(new URL(path, server.baseUrl).href, { waitUntil: 'domcontentloaded' })
      if (!response || response.status() !== 200) {
        broken.push(`${path} -> ${response?.status()}`)
        continue
      }
      if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue
      const hrefs = await page.$$eval('a[href]', (anchors) => anchors.map((a) => a.href))
      for (const href of hrefs) {
        const url = new URL(href)
        if (url.origin !== server.baseUrl) continue
        const target = url.pathname
        if (!seen.has(target)) queue.push(target)
      }
    }
    await page.close()
    assert.deepEqual(broken, [], `broken links: ${broken.join(', ')}`)
    assert.ok(seen.size >= 17, `crawled ${seen.size} pages`)
  })

  test('pages declare the course icon and it loads', async () => {
    const { page } = await openPage(browser.context, `${server.baseUrl}/lessons/01-why-grpc.html`)
    const href = await page.locator('head link[rel="icon"]').getAttribute('href')
    assert.ok(href, 'a <link rel="icon"> in the head')
    const icon = await page.request.get(new URL(href, server.baseUrl).href)
    assert.equal(icon.status(), 200, `${href} answered ${icon.status()}`)
    assert.equal(icon.headers()['content-type'], 'image/svg+xml')
    assert.match(await icon.text(), /<svg[\s>]/)
    await page.close()
  })

  test('the home page: screenshot, transfer size and time to first paint', async () => {
    const { page, errors } = await openPage(browser.context, `${server.baseUrl}/`)
    const metrics = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0]
      const resources = performance.getEntriesByType('resource')
      const paint = performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')
        ?? performance.getEntriesByType('paint').find((entry) => entry.name === 'first-paint')
      const bytes = (navigation?.encodedBodySize ?? 0) + resources.reduce((sum, entry) => sum + (entry.encodedBodySize ?? 0), 0)
      return { bytes, requests: resources.length + 1, firstPaintMs: paint ? Math.round(paint.startTime) : null }
    })
    await page.screenshot({ path: join(screenshots, 'home.png'), fullPage: false })
    console.log(`home page: ${(metrics.bytes / 1024).toFixed(1)} KiB transferred in ${metrics.requests} requests, first paint at ${metrics.firstPaintMs} ms`)
    assert.ok(metrics.bytes > 0)
    assert.ok(metrics.firstPaintMs !== null, 'the browser reported a paint time')
    assert.deepEqual(errors, [])
    await page.close()
  })
})
