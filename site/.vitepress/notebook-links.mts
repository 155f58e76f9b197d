// Notebooks link to each other by file name ([lesson 3](03-wire-encoding.ipynb)), which is what
// works in VS Code. On the site those links must point to the lesson pages instead.
import type MarkdownIt from 'markdown-it'

const notebookLink = /^(?:\.\/)?(\d{2}-[\w-]+)\.ipynb(#.*)?$/

export function notebookLinks(md: MarkdownIt): void {
  const next = md.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options))
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index]
    const match = notebookLink.exec(token.attrGet('href') ?? '')
    if (match) {
      token.attrSet('href', `/lessons/${match[1]}.html${match[2] ?? ''}`)
    }
    return next(tokens, index, options, env, self)
  }
}
