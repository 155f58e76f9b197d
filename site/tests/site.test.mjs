// Browser tests of the built docfx site in headless Chromium. Build it first (eng/build-site.sh),
// then: node --test tests/
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { allPages, launchBrowser, openPage, repositoryRoot, settle, startServer } from './browser.mjs'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const screenshots = join(repositoryRoot, 'artifacts', 'screenshots', 'docfx')
const phone = 390
const desktop = 1280

// Every page is checked against axe-core's default rules; serious and critical violations fail the
// test (moderate and minor ones are printed). Rules left out, and why:
// - definition-list, on API reference pages only: docfx's ApiPage template writes the
//   "Inheritance", "Implements" and "Derived" lists as <dl> elements holding only <dd> items. That
//   markup is the generator's, the items are still read in order, and lesson and guide pages keep
//   the rule.
const excludedAxeRules = (path) => (path.startsWith('/api/') ? ['definition-list'] : [])

let server
let browser
let pages

before(async () => {
  mkdirSync(screenshots, { recursive: true })
  server = await startServer()
  browser = await launchBrowser()
  pages = await allPages()
})

after(async () => {
  await browser?.close()
  server?.stop()
})

const url = (path) => new URL(path, server.baseUrl).href

describe('every page of the site', () => {
  test('loads with no console error and no failed request, has no page-level horizontal scroll at 390 px, renders every diagram, and passes axe-core', async () => {
    assert.ok(pages.length >= 12 + 4 + 20, `expected lessons, sample pages and the API reference, found ${pages.length} pages`)
    const problems = []
    const moderate = new Map()
    for (const path of pages) {
      const { page, errors, response } = await openPage(browser.context, url(path), { width: phone })
      if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`)
      problems.push(...errors.map((e) => `${path}: ${e}`))

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      if (overflow > 0) problems.push(`${path}: the page scrolls sideways by ${overflow} px at 390 px`)

      const diagrams = await page.$$eval('article pre.mermaid, article pre code.lang-mermaid', (nodes) =>
        nodes.map((n) => ({ svg: !!n.querySelector('svg'), error: /syntax error|parse error/i.test(n.textContent ?? '') })))
      diagrams.forEach((d, i) => {
        if (!d.svg || d.error) problems.push(`${path}: diagram ${i + 1} did not render (${d.error ? 'parse error' : 'no SVG'})`)
      })

      await page.addScriptTag({ content: axeSource })
      const results = await page.evaluate((disabled) => window.axe.run(document, {
        rules: Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }])),
      }), excludedAxeRules(path))
      for (const violation of results.violations) {
        const where = violation.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')
        if (violation.impact === 'serious' || violation.impact === 'critical') {
          problems.push(`${path}: axe ${violation.impact} ${violation.id} (${violation.nodes.length}x): ${violation.help} at ${where}`)
        } else {
          moderate.set(violation.id, (moderate.get(violation.id) ?? 0) + violation.nodes.length)
        }
      }
      await page.close()
    }
    if (moderate.size > 0) console.log(`axe-core moderate/minor findings (not failing): ${[...moderate].map(([id, n]) => `${id} x${n}`).join(', ')}`)
    assert.deepEqual(problems, [])
  })

  test('every internal link and anchor resolves', async () => {
    const page = await browser.context.newPage()
    const ids = new Map()
    const links = []
    for (const path of pages) {
      await page.goto(url(path), { waitUntil: 'domcontentloaded' })
      const found = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id], a[name]')].map((e) => e.id || e.getAttribute('name')),
        hrefs: [...document.querySelectorAll('a[href], link[href], img[src], script[src]')].map((e) => e.href || e.src),
      }))
      ids.set(path, new Set(found.ids))
      for (const href of found.hrefs) links.push({ from: path, href })
    }
    const broken = []
    const status = new Map()
    for (const { from, href } of links) {
      const target = new URL(href)
      if (target.origin !== server.baseUrl) continue
      let path = target.pathname.endsWith('/') ? `${target.pathname}index.html` : target.pathname
      if (!status.has(path)) status.set(path, (await page.request.get(url(path))).status())
      if (status.get(path) !== 200) {
        broken.push(`${from} -> ${href} (HTTP ${status.get(path)})`)
        continue
      }
      const anchor = decodeURIComponent(target.hash.slice(1))
      if (anchor && path.endsWith('.html') && !ids.get(path)?.has(anchor)) broken.push(`${from} -> ${href} (no element with id "${anchor}")`)
    }
    await page.close()
    assert.ok(links.length > 500, `found only ${links.length} links`)
    assert.deepEqual(broken, [])
  })
})

describe('lesson pages', () => {
  test('say how long the lesson takes, link to the notebook, tell how to run it, and have copy buttons on code', async () => {
    const lessons = pages.filter((p) => /^\/lessons\/\d{2}-/.test(p))
    assert.ok(lessons.length >= 12, `found ${lessons.length} lessons`)
    for (const path of lessons) {
      const { page } = await openPage(browser.context, url(path))
      assert.match(await page.locator('.lesson-duration').innerText(), /\d+ min/, `${path}: duration`)
      const notebook = await page.locator('a.lesson-notebook').getAttribute('href')
      assert.match(notebook ?? '', /\d{2}-[\w-]+\.ipynb$/, `${path}: notebook link`)
      assert.equal((await page.request.get(new URL(notebook, url(path)).href)).status(), 200, `${path}: the notebook link works`)
      assert.match(await page.locator('details.lesson-run').textContent(), /run\.sh --build-only/, `${path}: how to run it`)
      const code = await page.locator('article pre code.lang-csharp').count()
      const copy = await page.locator('article pre .code-action, article pre button').count()
      assert.ok(code > 0 && copy >= code, `${path}: ${code} C# blocks, ${copy} copy buttons`)
      await page.close()
    }
  })

  test('no notebook output is cut off at 1280 or 390 px: each fits, or scrolls in a box reachable with the keyboard', async () => {
    const problems = []
    for (const width of [desktop, phone]) {
      for (const path of pages.filter((p) => /^\/lessons\//.test(p))) {
        const { page } = await openPage(browser.context, url(path), { width })
        const found = await page.$$eval('article .nb-output, article pre, article pre > code, article .mermaid, article .table-scroll, article .table-responsive', (boxes) => boxes.map((box) => {
          const style = getComputedStyle(box)
          const scrolls = box.scrollWidth > box.clientWidth + 1
          return { scrolls, clipped: scrolls && !['auto', 'scroll'].includes(style.overflowX), focusable: box.tabIndex >= 0, text: (box.textContent ?? '').slice(0, 40) }
        }))
        for (const box of found) {
          if (box.clipped) problems.push(`${path} @${width}: cut off: ${box.text}`)
          else if (box.scrolls && !box.focusable) problems.push(`${path} @${width}: scrolls but cannot be focused: ${box.text}`)
        }
        await page.close()
      }
    }
    assert.deepEqual(problems, [])
  })

  test('byte tables show their explanation column at desktop width, and charts fit the column', async () => {
    const problems = []
    let tables = 0
    let charts = 0
    for (const path of pages.filter((p) => /^\/lessons\//.test(p))) {
      const { page } = await openPage(browser.context, url(path), { width: desktop })
      const result = await page.evaluate(() => ({
        tables: [...document.querySelectorAll('table.wire-table')].map((table) => {
          const box = table.closest('.nb-output').getBoundingClientRect()
          const last = table.querySelector('tr:last-child td:last-child, tr:last-child th:last-child')?.getBoundingClientRect()
          return { fits: !!last && last.right <= box.right + 1 && last.width > 40 }
        }),
        charts: [...document.querySelectorAll('svg.course-chart')].map((svg) => svg.getBoundingClientRect().right <= svg.closest('article').getBoundingClientRect().right + 1),
      }))
      tables += result.tables.length
      charts += result.charts.length
      result.tables.forEach((t, i) => { if (!t.fits) problems.push(`${path}: byte table ${i + 1} hides its explanation column`) })
      result.charts.forEach((fits, i) => { if (!fits) problems.push(`${path}: chart ${i + 1} is wider than the column`) })
      await page.close()
    }
    assert.ok(tables >= 10, `found ${tables} byte tables`)
    assert.ok(charts >= 5, `found ${charts} charts`)
    assert.deepEqual(problems, [])
  })

  test('outputs styled in the notebook keep their look without style attributes: nested byte-table rows are indented, and PASS and FAIL stand out', async () => {
    const { page } = await openPage(browser.context, url('/lessons/03-wire-encoding.html'), { width: desktop })
    const indents = await page.$$eval('table.wire-table tr', (rows) => rows.map((row) => ({
      depth: Number(row.dataset.depth ?? row.className.match(/wire-depth-(\d+)/)?.[1] ?? 0),
      indent: parseFloat(getComputedStyle(row.cells[2]).paddingLeft),
    })))
    const nested = indents.filter((row) => row.depth > 0)
    const top = indents.filter((row) => row.depth === 0)
    assert.ok(nested.length > 0, 'lesson 03 shows no nested message in a byte table')
    // In the notebook a nested row's field cell has padding-left: 1.5em per level (about 20 px here).
    const topIndent = Math.max(...top.map((row) => row.indent))
    for (const row of nested) assert.ok(row.indent >= topIndent + 10 * row.depth, `a depth-${row.depth} row is indented ${row.indent} px, a top-level one ${topIndent} px`)
    await page.close()

    for (const theme of ['light', 'dark']) {
      const { page: lesson } = await openPage(browser.context, url('/lessons/06-unary-rpc.html'), { width: desktop, theme })
      const cells = await lesson.$$eval('table.lab-report td.lab-fail, table.lab-report td.lab-pass', (tds) => tds.map((td) => ({
        text: td.textContent,
        color: getComputedStyle(td).color,
        body: getComputedStyle(td.closest('table')).color,
        weight: Number(getComputedStyle(td).fontWeight),
      })))
      assert.ok(cells.length >= 4, `lesson 06's check cell shows ${cells.length} results`)
      for (const cell of cells) {
        assert.notEqual(cell.color, cell.body, `${theme}: ${cell.text} has the table's own text colour`)
        assert.ok(cell.weight >= 600, `${theme}: ${cell.text} is not bold`)
      }
      await lesson.close()
    }
  })

  test('diagram text is at least 12 px on screen at desktop width, in SVG text that cannot be clipped', async () => {
    const problems = []
    let diagrams = 0
    for (const path of pages.filter((p) => /^\/lessons\//.test(p))) {
      const { page } = await openPage(browser.context, url(path), { width: desktop })
      const found = await page.$$eval('article .mermaid svg', (svgs) => svgs.map((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width)
        const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)
        return { smallest: Math.min(...sizes), texts: sizes.length, foreignObjects: svg.querySelectorAll('foreignObject').length }
      }))
      diagrams += found.length
      found.forEach((d, i) => {
        if (d.texts === 0 || d.smallest < 12) problems.push(`${path}: diagram ${i + 1} text at ${d.smallest.toFixed(1)} px`)
        if (d.foreignObjects > 0) problems.push(`${path}: diagram ${i + 1} has HTML labels (foreignObject), which the page's line height can clip`)
      })
      await page.close()
    }
    assert.ok(diagrams >= 8, `found ${diagrams} diagrams`)
    assert.deepEqual(problems, [])
  })
})

describe('search', () => {
  // DEADLINE_EXCEEDED belongs to the two error lessons: 10 defines and triggers it, 11 decides whether to retry it.
  for (const [term, lesson] of [['ZigZag', '03-wire-encoding'], ['DEADLINE_EXCEEDED', '(10-errors-and-status-codes|11-rich-errors-and-retries)'], ['trailers', '12-http2-under-the-hood']]) {
    test(`"${term}" finds lesson ${lesson} first`, async () => {
      const { page } = await openPage(browser.context, url('/index.html'))
      const box = page.locator('#search-query')
      await box.waitFor({ state: 'visible' })
      await page.waitForFunction(() => !document.querySelector('#search-query')?.disabled, null, { timeout: 30_000 })
      await box.fill(term)
      const first = page.locator('#search-results .sr-item .item-title a').first()
      await first.waitFor({ timeout: 30_000 })
      const hrefs = await page.locator('#search-results .sr-item .item-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      // Labs and samples may rank above the lessons (a lab's short README is dense in its topic's terms);
      // among the lessons, the right one comes first.
      const lessons = hrefs.filter((href) => href?.startsWith('lessons/'))
      assert.match(lessons[0] ?? '', new RegExp(lesson), `results for ${term}: ${hrefs.slice(0, 5).join(', ')}`)
      await page.close()
    })
  }
})

describe('dark mode', () => {
  test('charts and diagrams stay legible: text contrast at least 4.5:1 against what is behind it', async () => {
    const problems = []
    for (const path of ['/lessons/01-why-grpc.html', '/lessons/13-performance-measured.html', '/lessons/08-client-streaming.html']) {
      const { page, errors } = await openPage(browser.context, url(path), { theme: 'dark' })
      assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-bs-theme')), 'dark')
      const ratios = []
      for (const svg of await page.locator('svg.course-chart, article .mermaid svg').all()) {
        await svg.scrollIntoViewIfNeeded()
        ratios.push(...await svg.evaluate((root) => {
          const rgb = (value) => (value.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number)
          const opaque = (value) => value && value !== 'none' && (rgb(value)[3] ?? 1) > 0.5
          // What is painted behind a point: the topmost SVG shape there, else the page's background.
          const behind = (x, y, text) => {
            for (const e of document.elementsFromPoint(x, y)) {
              if (e === text || text.contains(e) || e.closest('text')) continue
              if (e instanceof SVGGeometryElement && opaque(getComputedStyle(e).fill)) return rgb(getComputedStyle(e).fill)
              if (e instanceof SVGElement) continue
              for (let h = e; h; h = h.parentElement) if (opaque(getComputedStyle(h).backgroundColor)) return rgb(getComputedStyle(h).backgroundColor)
            }
            return [255, 255, 255]
          }
          const luminance = ([r, g, b]) => [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0)
          const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05) }
          const leaves = [...root.querySelectorAll('text, tspan')].filter((t) => !t.querySelector('tspan') && t.textContent.trim())
          return leaves.map((t) => {
            // A wide diagram scrolls in its box: bring the text into view before looking behind it.
            t.scrollIntoView({ block: 'center', inline: 'center' })
            const r = t.getBoundingClientRect()
            return { text: t.textContent.trim().slice(0, 30), ratio: contrast(rgb(getComputedStyle(t).fill), behind(r.x + r.width / 2, r.y + r.height / 2, t)) }
          })
        }))
      }
      assert.ok(ratios.length > 0, `${path}: no chart or diagram text found`)
      ratios.filter((r) => r.ratio < 4.5).forEach((r) => problems.push(`${path}: "${r.text}" at ${r.ratio.toFixed(2)}:1`))
      assert.deepEqual(errors, [])
      await page.close()
    }
    assert.deepEqual(problems, [])
  })
})

describe('screenshots', () => {
  test('of home, lessons 01, 03, 08 and 10, the server sample and the WireInspector API page, at 1280 and 390 px', async () => {
    const targets = {
      home: '/index.html',
      'lesson-01': '/lessons/01-why-grpc.html',
      'lesson-03': '/lessons/03-wire-encoding.html',
      'lesson-08-client-streaming': '/lessons/08-client-streaming.html',
      'lesson-10-errors': '/lessons/10-errors-and-status-codes.html',
      'sample-server': '/samples/user-service-server.html',
      'api-wireinspector': pages.find((p) => /WireInspector\.html$/.test(p)),
    }
    assert.ok(targets['api-wireinspector'], 'the WireInspector API page exists')
    for (const width of [desktop, phone]) {
      for (const [name, path] of Object.entries(targets)) {
        const { page } = await openPage(browser.context, url(path), { width })
        await page.screenshot({ path: join(screenshots, `${name}-${width}.png`) })
        for (const [selector, tag] of [['table.wire-table', 'bytes'], ['article .mermaid svg', 'diagram'], ['.nb-html table', 'table']]) {
          const element = page.locator(selector).first()
          if (await element.count()) {
            await element.scrollIntoViewIfNeeded()
            await settle(page)
            await page.screenshot({ path: join(screenshots, `${name}-${width}-${tag}.png`) })
          }
        }
        await page.close()
      }
    }
  })
})
