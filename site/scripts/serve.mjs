// Serves the built site (site/.vitepress/dist) on 127.0.0.1. `vitepress preview` ignores --host,
// so this small static server is used instead. Usage: node scripts/serve.mjs [port]
import { createServer } from 'node:http'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '.vitepress', 'dist')
const port = Number(process.argv[2] ?? process.env.PORT ?? 5173)
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ipynb': 'application/x-ipynb+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

if (!existsSync(join(root, 'index.html'))) {
  console.error(`error: no built site in ${root}; build it first (npm run build)`)
  process.exit(1)
}

/** Maps a URL path to a file in the built site, or undefined when there is none. */
export function resolveFile(urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '')
  const candidates = [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')]
  return candidates.find((file) => file.startsWith(root) && existsSync(file) && statSync(file).isFile())
}

const server = createServer((request, response) => {
  const file = resolveFile(request.url ?? '/')
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
    createReadStream(join(root, '404.html')).pipe(response)
    return
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(response)
})

server.listen(port, '127.0.0.1', () => {
  const address = server.address()
  console.log(`Serving the course site at http://127.0.0.1:${address.port}/ (Ctrl+C to stop)`)
})
