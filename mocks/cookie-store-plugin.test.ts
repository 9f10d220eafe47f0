import { mswWithoutCookieJar } from './cookie-store-plugin'

type ResolveId = (source: string, importer?: string) => string | null
type BuildEnd = (this: { error: (message: string) => never }, error?: Error) => void

/** The plugin's two hooks, as Vite calls them. */
function hooks() {
  const plugin = mswWithoutCookieJar()
  const context = {
    error: (message: string): never => {
      throw new Error(message)
    },
  }
  return {
    resolveId: plugin.resolveId as unknown as ResolveId,
    buildEnd: () => (plugin.buildEnd as unknown as BuildEnd).call(context),
  }
}

const MSW = '/repo/node_modules/msw/lib/core/utils/request/getRequestCookies.mjs'

describe('mswWithoutCookieJar', () => {
  it("swaps msw's cookie store for the empty one, and nothing else", () => {
    const { resolveId, buildEnd } = hooks()
    expect(resolveId('../cookieStore.mjs', MSW)).toBe('\0msw-empty-cookie-store')
    expect(resolveId('./cookieStore.mjs', MSW)).toBe('\0msw-empty-cookie-store')
    expect(resolveId('./getCookies.mjs', MSW)).toBeNull()
    // Outside msw a module of that name is someone else's.
    expect(resolveId('./cookieStore.mjs', '/repo/src/app/app.tsx')).toBeNull()
    expect(buildEnd).not.toThrow()
  })

  it('fails the build when msw is bundled but no longer imports the store (an upgrade moved it)', () => {
    const { resolveId, buildEnd } = hooks()
    expect(resolveId('./getCookies.mjs', MSW)).toBeNull()
    expect(buildEnd).toThrow(/msw no longer imports utils\/cookieStore\.mjs/)
  })

  it('has nothing to check in a build without msw (HTTP mode)', () => {
    const { resolveId, buildEnd } = hooks()
    expect(resolveId('react', '/repo/src/main.tsx')).toBeNull()
    expect(buildEnd).not.toThrow()
  })
})
