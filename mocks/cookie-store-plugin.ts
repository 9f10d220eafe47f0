/**
 * Build plugin: the embedded data layer without msw's cookie jar.
 *
 * msw keeps a cookie jar (tough-cookie, with tldts and its public-suffix list) for handlers
 * that read or set cookies. None of ours does, and the embedded transport never sends one, yet
 * the jar was half of the in-process chunk (657 → 352 KB minified without it): code the
 * browser parses on every load before the first figures can render. The build swaps the jar's
 * module for an empty one. Checked at build time: if msw stops importing that module (an
 * upgrade moved it), the build fails here instead of silently shipping the jar again.
 */
import type { Plugin } from 'vite'

const STUB_ID = '\0msw-empty-cookie-store'

/** The two members msw calls: no stored cookies to add to a request; storing one is a no-op. */
const STUB_SOURCE = `export const cookieStore = {
  getCookies: () => [],
  setCookie: async () => undefined,
}`

export function mswWithoutCookieJar(): Plugin {
  let replaced = 0
  let bundlesMsw = false
  return {
    name: 'msw-without-cookie-jar',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes('/node_modules/msw/')) return null
      bundlesMsw = true
      if (!/(^|\/)cookieStore\.mjs$/.test(source)) return null
      replaced++
      return STUB_ID
    },
    load(id) {
      return id === STUB_ID ? STUB_SOURCE : null
    },
    buildEnd(error) {
      if (error || !bundlesMsw || replaced > 0) return
      this.error(
        "msw no longer imports utils/cookieStore.mjs, so its cookie jar can't be left out: update mocks/cookie-store-plugin.ts for this msw version.",
      )
    },
  }
}
