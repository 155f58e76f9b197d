// The course's additions to docfx's modern template: diagram settings, keyboard access to wide
// content, and "View source" next to "Edit this page". docfx loads this module on every page.

// Mermaid draws at its natural size (no shrinking to the column: text stays at 16 px and a wide
// diagram scrolls in its own box), with text labels in SVG (HTML labels get clipped by the page's
// line height), and in one neutral theme on a light card, so a diagram looks the same in light
// and dark mode.
const mermaid = {
  theme: 'neutral',
  htmlLabels: false,
  themeVariables: { fontSize: '16px', fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
  flowchart: { useMaxWidth: false, htmlLabels: false },
  sequence: { useMaxWidth: false, noteFontSize: 15, messageFontSize: 15, actorFontSize: 15 },
  state: { useMaxWidth: false },
  class: { useMaxWidth: false },
}

const scrollables = 'article pre, article pre > code, article .nb-output, article .mermaid, article .table-scroll, article .table-responsive'

// Markdown tables (not the notebook outputs, which have their own box) scroll inside a wrapper.
function wrapTables() {
  for (const table of document.querySelectorAll('article table')) {
    if (table.closest('.nb-output, .table-scroll, .table-responsive')) continue
    const wrapper = document.createElement('div')
    wrapper.className = 'table-scroll'
    table.replaceWith(wrapper)
    wrapper.append(table)
  }
}

// A box whose content is wider than the column scrolls; keyboard users reach it with Tab and scroll
// it with the arrow keys. Boxes that fit stay out of the tab order.
function updateScrollables() {
  fitDiagrams()
  for (const box of document.querySelectorAll(scrollables)) {
    const scrolls = box.scrollWidth > box.clientWidth + 1
    if (scrolls && !box.hasAttribute('tabindex')) {
      box.setAttribute('tabindex', '0')
      box.setAttribute('role', 'region')
      box.setAttribute('aria-label', box.matches('.mermaid') ? 'Diagram (scrolls sideways)' : 'Wide content (scrolls sideways)')
      box.dataset.courseScroll = 'true'
    } else if (!scrolls && box.dataset.courseScroll) {
      box.removeAttribute('tabindex')
      box.removeAttribute('role')
      box.removeAttribute('aria-label')
      delete box.dataset.courseScroll
    }
  }
}

// Mermaid draws text at 16 px. A diagram up to a third wider than the column is scaled down to fit
// (its text stays at 12 px or more); a wider one keeps its size and scrolls in its box.
function fitDiagrams() {
  for (const svg of document.querySelectorAll('article .mermaid svg')) {
    const box = svg.closest('.mermaid')
    const natural = svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width
    const style = getComputedStyle(box)
    const column = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    if (!natural || column <= 0) continue
    const width = natural <= column ? natural : natural <= column * (16 / 12) ? column : natural
    svg.style.width = `${Math.floor(width)}px`
    svg.style.maxWidth = 'none'
    svg.removeAttribute('height')
  }
}

// docfx links "Edit this page" to the file in the repository when the repository URL is set
// (DOCFX_SOURCE_REPOSITORY_URL). On GitHub-like hosts the same path under /blob/ shows the source.
function addSourceLinks() {
  const edit = document.querySelector('.contribution a.edit-link')
  if (!edit || document.querySelector('.contribution a.source-link')) return
  const href = edit.getAttribute('href') ?? ''
  const url = new URL(href, location.href)
  const source = document.createElement('a')
  source.className = 'source-link'
  source.textContent = 'View source'
  source.href = url.href.replace('/edit/', '/blob/').replace(/\/?#L\d+$/, '')
  if (url.pathname.includes('/blob/')) edit.href = url.href.replace('/blob/', '/edit/').replace(/\/?#L\d+$/, '')
  edit.textContent = 'Edit this page'
  edit.before(source)
}

let pending = 0
function schedule() {
  cancelAnimationFrame(pending)
  pending = requestAnimationFrame(updateScrollables)
}

export default {
  mermaid,
  start: () => {
    wrapTables()
    addSourceLinks()
    schedule()
    window.addEventListener('resize', schedule)
    const article = document.querySelector('article')
    if (article) new MutationObserver(schedule).observe(article, { childList: true, subtree: true })
  },
}
