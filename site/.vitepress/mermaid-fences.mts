// Turns ```mermaid fences into <MermaidDiagram> components, which render the diagram as SVG in
// the browser. The diagram source travels URI-encoded so Vue never interprets it.
import type MarkdownIt from 'markdown-it'

export function mermaidFences(md: MarkdownIt): void {
  const fallback = md.renderer.rules.fence!
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index]
    if (token.info.trim().toLowerCase() === 'mermaid') {
      return `<MermaidDiagram code="${encodeURIComponent(token.content)}" />\n`
    }
    return fallback(tokens, index, options, env, self)
  }
}
