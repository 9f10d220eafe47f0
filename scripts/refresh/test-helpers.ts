/**
 * What the refresh tests share: the recordings, a fetch that notes what was asked, and a
 * scratch copy of data/sources (tests never touch the repository's data) with a fingerprint
 * of every file in it, to prove a run changed nothing.
 */
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SOURCES_DIR } from '../build-data'
import type { FetchLike } from './http'

/** scripts/refresh/fixtures: the recorded responses. */
export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures')

export function recording(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8')
}

/** The global fetch (msw answers it in tests), noting each request's URL and User-Agent. */
export function spyingFetch() {
  const requests: { url: string; userAgent: string | null }[] = []
  const spy: FetchLike = (url, init) => {
    requests.push({ url, userAgent: new Headers(init.headers).get('user-agent') })
    return fetch(url, init)
  }
  return { fetch: spy, requests }
}

/** A fresh copy of data/sources; `dispose` removes it. */
export function scratchData() {
  const root = mkdtempSync(join(tmpdir(), 'ai-monitor-refresh-test-'))
  const dir = join(root, 'sources')
  cpSync(SOURCES_DIR, dir, { recursive: true })
  return { dir, dispose: () => rmSync(root, { recursive: true, force: true }) }
}

/** Every file under `dir` (relative path → sha256), to compare a tree before and after. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name)
      if (statSync(path).isDirectory()) walk(path)
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  }
  walk(dir)
  return out
}
