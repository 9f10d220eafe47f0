/**
 * Helpers of the benchmark: a small static server for a build (gzip like a real host, SPA
 * fallback), free ports, statistics and the bundle report read from a build's index.html.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

/** Every file under `dir`, recursively (paths relative to it). */
function filesUnder(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(dir, join(prefix, entry.name))
      : entry.isFile()
        ? [join(prefix, entry.name)]
        : [],
  )
}

/**
 * Serves `dir` on 127.0.0.1 at a free port; resolves { url, close }. Like a real static host
 * (gzip_static, a CDN), every file is read and compressed once, before the first request: the
 * server shares this machine's cores with the browser being measured, and compressing 650 KB
 * chunks on each request (27–350 ms of CPU under load) showed up in the browser's timings.
 */
export function serveStatic(dir) {
  const files = new Map()
  for (const path of filesUnder(dir)) {
    const type = TYPES[extname(path)] ?? 'application/octet-stream'
    const raw = readFileSync(join(dir, path))
    const gzip = /text|javascript|json|svg/.test(type) ? gzipSync(raw) : null
    files.set(`/${path.split('\\').join('/')}`, { type, raw, gzip })
  }
  const server = createServer((req, res) => {
    const pathname = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    // Anything that is not a file of the build is the SPA's route: answer with index.html.
    const path = files.has(pathname) ? pathname : '/index.html'
    const { type, raw, gzip } = files.get(path)
    const headers = {
      'content-type': type,
      'cache-control': path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    }
    let body = raw
    if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzip
      headers['content-encoding'] = 'gzip'
    }
    headers['content-length'] = String(body.length)
    res.writeHead(200, headers).end(body)
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) })
    })
  })
}

/** gzip size (level 9, as Vite reports it) and raw size of a file. */
export function sizes(file) {
  const raw = readFileSync(file)
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length }
}

/**
 * The JS of a build: the entry (index.html's module script), what loads with it (its
 * modulepreloads) and every chunk, each with raw and gzip bytes.
 */
export function bundleReport(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const entry = /<script[^>]+type="module"[^>]+src="\/?([^"]+)"/.exec(html)?.[1]
  if (!entry) throw new Error(`no module script in ${dir}/index.html`)
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+)"/g)].map(
    (m) => m[1],
  )
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+)"/g)].map(
    (m) => m[1],
  )
  const chunks = readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `assets/${f}`, ...sizes(join(dir, 'assets', f)) }))
    .sort((a, b) => b.gzip - a.gzip)
  const initialFiles = [entry, ...preloads]
  const initial = chunks.filter((c) => initialFiles.includes(c.file))
  const sum = (list, key) => list.reduce((s, c) => s + c[key], 0)
  return {
    entry: chunks.find((c) => c.file === entry),
    initial: { files: initialFiles, raw: sum(initial, 'raw'), gzip: sum(initial, 'gzip') },
    css: css.map((f) => ({ file: f, ...sizes(join(dir, f)) })),
    total: { raw: sum(chunks, 'raw'), gzip: sum(chunks, 'gzip'), count: chunks.length },
    chunks,
  }
}

/** Bytes of msw in a build, found by strings that survive minification. */
export function mswBytes(dir) {
  return readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, 'assets', f), 'utf8'))
    .filter((text) => text.includes('[MSW]') || text.includes('mswjs'))
    .reduce((s, text) => s + Buffer.byteLength(text), 0)
}

export function quantile(values, q) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo] + ((sorted[hi] ?? sorted[lo]) - sorted[lo]) * (pos - lo)
}

export const median = (values) => quantile(values, 0.5)
export const round = (v, digits = 0) =>
  v === null || v === undefined ? null : Math.round(v * 10 ** digits) / 10 ** digits
