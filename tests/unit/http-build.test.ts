// @vitest-environment node
/**
 * docs/DESIGN.md §5: 0 msw bytes in an HTTP-mode build. Builds the app twice into temp folders — with
 * VITE_API_BASE_URL (HTTP mode) and without (embedded) — and looks for markers of msw and of
 * the fixtures. The embedded build is the positive control: the markers must be found there,
 * or this test would pass by looking for the wrong strings.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Strings that survive minification: msw's log prefix and package scope, fixture contents. */
const MARKERS = [
  '[MSW]',
  'mswjs',
  'aiindex-2026-fig-1-7-3-counts', // a source id (mocks/data/sources.ts)
  'Åland Islands', // an entity name only the fixtures carry (mocks/data/entities.ts)
  'Not aggregated: this indicator', // the mock repository's note
] as const

async function build(apiBaseUrl: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'ai-monitor-build-'))
  await run(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { env: { ...process.env, VITE_API_BASE_URL: apiBaseUrl }, cwd: process.cwd() },
  )
  // Every file of the build, not only assets/: a worker script or a copied public file
  // counts as much as a chunk.
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const path = join(dir, f)
      return statSync(path).isDirectory() ? files(path) : [path]
    })
  const js = files(outDir).map((path) => ({
    file: path.slice(outDir.length + 1),
    text: readFileSync(path, 'utf8'),
  }))
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  rmSync(outDir, { recursive: true, force: true })
  return { js, html }
}

const found = (js: readonly { file: string; text: string }[]) =>
  MARKERS.filter((m) => js.some((f) => f.text.includes(m)))

describe('the production builds', () => {
  it('HTTP mode contains no msw code and no fixtures; embedded mode does (control)', async () => {
    const [http, embedded] = await Promise.all([build('http://127.0.0.1:9'), build('')])
    expect(found(embedded.js)).toEqual([...MARKERS])
    expect(found(http.js)).toEqual([])
    // No msw file of any kind ships with the HTTP build (nor with the embedded one: nothing
    // registers a service worker).
    for (const build of [http, embedded])
      expect(build.js.map((f) => f.file).filter((f) => /msw|mockServiceWorker/i.test(f))).toEqual(
        [],
      )
    // The HTTP build may only connect to its API (CSP), and names it.
    expect(http.html.replaceAll('&#39;', "'")).toMatch(
      /connect-src 'self' http:\/\/127\.0\.0\.1:9;/,
    )
    expect(http.js.some((f) => f.text.includes('http://127.0.0.1:9'))).toBe(true)
  }, 60_000)
})
