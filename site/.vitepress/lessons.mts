// Reads the lesson pages that the notebook runner exported into site/lessons/, in curriculum
// order (their file names start with the lesson number), for the sidebar and the home page.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Lesson {
  /** Page link, for example /lessons/06-unary-rpc */
  link: string
  /** The lesson's title from its front matter (or its first heading). */
  title: string
}

export function readLessons(siteRoot: string): Lesson[] {
  const folder = join(siteRoot, 'lessons')
  if (!existsSync(folder)) {
    return []
  }

  return readdirSync(folder)
    .filter((name) => /^\d{2}-.*\.md$/.test(name))
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8')
      const fromFrontMatter = /^---\n[\s\S]*?^title:\s*(.+)$[\s\S]*?^---$/m.exec(text)?.[1]
      const fromHeading = /^#\s+(.+)$/m.exec(text)?.[1]
      const title = unquote(fromFrontMatter ?? fromHeading ?? name.replace(/\.md$/, ''))
      return { link: `/lessons/${name.replace(/\.md$/, '')}`, title }
    })
}

function unquote(value: string): string {
  const trimmed = value.trim()
  if ((trimmed.startsWith('"') && trimmed.endsWith('"')) || (trimmed.startsWith("'") && trimmed.endsWith("'"))) {
    return trimmed.slice(1, -1).replace(/\\"/g, '"').replace(/''/g, "'")
  }
  return trimmed
}
