// Prints what a reader downloads for a page of the served site with the browser cache disabled:
// bytes on the wire (compressed as served) and the number of requests, on a phone (390 px) and
// on a desktop (1280 px). Usage: node scripts/measure.mjs BASE_URL PATH...
import { launchBrowser } from '../tests/browser.mjs'

const [base, ...paths] = process.argv.slice(2)
const browser = await launchBrowser()
try {
  for (const path of paths) {
    for (const [label, width, height] of [['phone 390 px', 390, 844], ['desktop 1280 px', 1280, 900]]) {
      const page = await browser.context.newPage()
      await page.setViewportSize({ width, height })
      const cdp = await browser.context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      let bytes = 0
      let requests = 0
      cdp.on('Network.loadingFinished', (event) => {
        bytes += event.encodedDataLength
        requests++
      })
      await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' })
      await page.waitForTimeout(2000)
      console.log(`${path.padEnd(36)} ${label.padEnd(16)} ${(bytes / 1024).toFixed(0).padStart(6)} KB in ${requests} requests`)
      await page.close()
    }
  }
} finally {
  await browser.close()
}
