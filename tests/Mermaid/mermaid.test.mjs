// Parses every mermaid block in the markdown cells of every lesson notebook with mermaid's own parser,
// in headless Chromium, using the mermaid version that the site generator (docfx 2.81) bundles: 11.16.1.
// A block that does not parse renders as an error box on the site, so it fails here, naming the
// notebook and the cell.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../../eng/chromium.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const notebooksDir = join(here, '..', '..', 'notebooks')
const mermaidScript = join(here, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')

/** The mermaid blocks of a notebook's markdown cells: [{ cell, index, text }]. */
export function mermaidBlocks(notebook) {
  const blocks = []
  for (const cell of notebook.cells) {
    if (cell.cell_type !== 'markdown') continue
    const source = Array.isArray(cell.source) ? cell.source.join('') : cell.source
    const fence = /^```mermaid[^\n]*\n([\s\S]*?)^```/gm
    let index = 0
    for (const match of source.matchAll(fence)) {
      blocks.push({ cell: cell.id, index: index++, text: match[1] })
    }
  }
  return blocks
}

const notebooks = readdirSync(notebooksDir)
  .filter((name) => /^\d\d-.*\.ipynb$/.test(name))
  .sort()

let profile
let context
let page

before(async () => {
  profile = mkdtempSync(join(tmpdir(), 'mermaid-chromium-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs],
  })
  page = context.pages()[0] ?? (await context.newPage())
  await page.setContent('<!doctype html><html><body></body></html>')
  await page.addScriptTag({ path: mermaidScript })
  assert.equal(await page.evaluate(() => typeof globalThis.mermaid?.parse), 'function', 'mermaid did not load')
})

after(async () => {
  await context?.close()
  if (profile) rmSync(profile, { recursive: true, force: true })
})

/** Runs mermaid.parse in the page; returns null when the text parses, else the parser's message. */
async function parseError(text) {
  return page.evaluate(async (diagram) => {
    try {
      await globalThis.mermaid.parse(diagram)
      return null
    } catch (error) {
      return String(error?.message ?? error)
    }
  }, text)
}

test('the notebooks folder holds lessons with mermaid diagrams', () => {
  const total = notebooks
    .map((name) => mermaidBlocks(JSON.parse(readFileSync(join(notebooksDir, name), 'utf8'))).length)
    .reduce((a, b) => a + b, 0)
  assert.ok(notebooks.length > 0, 'no notebooks found')
  assert.ok(total > 0, 'no mermaid blocks found: the extraction is broken')
})

test('mermaid rejects a sequence-diagram note that contains a semicolon', async () => {
  // The diagram lesson 08 had: ';' ends a statement, so the rest of the note line is a syntax error.
  const broken = [
    'sequenceDiagram',
    '    participant C as Client',
    '    participant S as Server',
    '    C->>S: END_STREAM (CompleteAsync)',
    '    Note over S: the loop ends; store the users',
    '    S-->>C: HEADERS :status 200',
    '',
  ].join('\n')
  assert.notEqual(await parseError(broken), null)
})

for (const name of notebooks) {
  test(`every mermaid diagram in ${name} parses`, async () => {
    const notebook = JSON.parse(readFileSync(join(notebooksDir, name), 'utf8'))
    const failures = []
    for (const block of mermaidBlocks(notebook)) {
      const error = await parseError(block.text)
      if (error !== null) failures.push(`${name}, cell '${block.cell}', diagram ${block.index + 1}: ${error}`)
    }
    assert.deepEqual(failures, [])
  })
}
