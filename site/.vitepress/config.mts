import { defineConfig } from 'vitepress'
import { fileURLToPath } from 'node:url'
import { dirname, resolve } from 'node:path'
import { readLessons } from './lessons.mts'
import { mermaidFences } from './mermaid-fences.mts'
import { notebookLinks } from './notebook-links.mts'

const siteRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const lessons = readLessons(siteRoot)

// Where "View source" links point. Set COURSE_REPOSITORY_URL (for example
// https://github.com/you/grpc-course/blob/main) when publishing; by default the links open the
// copies of the sources that the build puts in the site itself.
const repositoryUrl = process.env.COURSE_REPOSITORY_URL?.replace(/\/$/, '')

export default defineConfig({
  title: 'gRPC for C# developers',
  description: 'A hands-on course on gRPC and Protocol Buffers for C# developers, taught by running code.',
  lang: 'en-US',
  cleanUrls: false,
  lastUpdated: false,
  appearance: true,
  srcExclude: ['README.md', 'node_modules/**', 'tests/**', 'scripts/**'],
  head: [
    ['meta', { name: 'theme-color', content: '#4f7cac' }],
    // Without an icon, browsers ask for /favicon.ico and log a 404 on the first page they open.
    ['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
  ],
  markdown: {
    theme: { light: 'github-light', dark: 'github-dark' },
    config: (md) => {
      mermaidFences(md)
      notebookLinks(md)
    },
  },
  vite: {
    // Mermaid is large: the diagram component loads it only on pages that have diagrams.
    build: { chunkSizeWarningLimit: 4096 },
  },
  themeConfig: {
    nav: [
      { text: 'Lessons', link: lessons[0]?.link ?? '/' },
      { text: 'Samples', link: '/samples/' },
      { text: 'Instructors', link: '/instructors' },
    ],
    sidebar: [
      { text: 'Course', items: [{ text: 'Start here', link: '/' }] },
      { text: 'Lessons', items: lessons.map((lesson) => ({ text: lesson.title, link: lesson.link })) },
      {
        text: 'Samples',
        items: [
          { text: 'Overview', link: '/samples/' },
          { text: 'UserService server', link: '/samples/user-service-server' },
          { text: 'UserService client', link: '/samples/user-service-client' },
          { text: 'Performance suite', link: '/samples/performance' },
        ],
      },
      { text: 'Teaching', items: [{ text: 'Workshop guide', link: '/instructors' }] },
    ],
    search: { provider: 'local' },
    outline: { level: [2, 3] },
    docFooter: { prev: 'Previous', next: 'Next' },
    footer: { message: 'Every output on these pages comes from running the code.' },
  },
  transformPageData(pageData) {
    // Lesson pages carry the notebook path in their front matter (`source`, written by
    // `nbrun export`); give the layout its links.
    const notebook = pageData.frontmatter.source as string | undefined
    if (notebook) {
      const file = notebook.split('/').pop()
      pageData.frontmatter.notebook = notebook
      pageData.frontmatter.notebookDownload = `/notebooks/${file}`
      pageData.frontmatter.notebookSource = repositoryUrl ? `${repositoryUrl}/${notebook}` : `/notebooks/${file}`
    }
  },
})
