/**
 * The fault matrix of issue 18 in a real browser (the HTTP-mode build against `npm run api`):
 * 8 ways an answer can fail × the 5 endpoints of the contract. In each cell, once the page has
 * settled:
 *
 * - exactly the sections that draw from the failing endpoint (support/fault-sections.ts, checked
 *   against the figures' needs in Vitest) show an alert that says what failed and why, with
 *   Retry; every other section has drawn;
 * - once the fault is lifted, Retry brings every section back: no alert and no skeleton left.
 *
 * Then the cases of a valid answer the app must not trust blindly: unknown regions in a link,
 * and /meta without an indicator the index needs. The faults are Playwright routes, except the
 * truncated body, which a small TCP server sends short of its Content-Length so that Chromium
 * itself sees the connection close mid-body. "Hang" and "5 s slow" end at the client's own
 * 3 s limit. (The same matrix, with request counts, runs in jsdom: src/test/fault-matrix/.)
 */
import { createServer, type Server, type Socket } from 'node:net'
import { expect, test, type Page, type Route } from '@playwright/test'
import {
  CLAIMS_NOTE,
  FAULT_ENDPOINTS,
  SECTION_ENDPOINTS,
  type FaultEndpoint,
} from './support/fault-sections'
import { API_URL, HTTP_APP_URL } from './support/urls'

/** The sections of the default dashboard (a healthy load draws exactly these). */
const DASHBOARD = Object.keys(SECTION_ENDPOINTS)
  // Folded away until opened, and the cumulative chart stands in for the yearly one on demand.
  .filter((id) => id !== 'models.edition-compare' && id !== 'models.notable-cumulative')
  .sort()

type SectionState = 'alert' | 'loading' | 'drawn'

interface Snapshot {
  readonly states: Record<string, SectionState>
  /** The text of each section's alert. */
  readonly alerts: Record<string, string>
  /** Content still waiting for its first render below the fold. */
  readonly pending: number
}

/** What every section shows now (read in the page, in one go). */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate((claimsNote) => {
    const states: Record<string, 'alert' | 'loading' | 'drawn'> = {}
    const alerts: Record<string, string> = {}
    const read = (id: string, el: Element | null, drawn: boolean) => {
      if (!el) return
      const alert = el.querySelector('[role="alert"]')
      if (alert) {
        states[id] = 'alert'
        alerts[id] = alert.textContent ?? ''
      } else if (!drawn) states[id] = 'loading'
      else states[id] ??= 'drawn'
    }
    for (const el of document.querySelectorAll('[data-figure]')) {
      const id = el.getAttribute('data-figure') ?? ''
      read(id, el, el.matches('figure'))
    }
    read(
      claimsNote,
      document.querySelector('[role="group"][aria-label="Quoted claims on the investment gap"]'),
      false,
    )
    read(
      claimsNote,
      [...document.querySelectorAll('section.quoted')].find(
        (section) =>
          section.querySelector('h3')?.textContent === 'Quoted in the debate: the investment gap',
      ) ?? null,
      true,
    )
    return { states, alerts, pending: document.querySelectorAll('.visible-first--pending').length }
  }, CLAIMS_NOTE)
}

/** Waits until every section of the dashboard is on the page and none is loading. */
async function settled(page: Page, timeout = 15_000): Promise<Snapshot> {
  let last: Snapshot | undefined
  await expect
    .poll(
      async () => {
        last = await snapshot(page)
        const loading = Object.entries(last.states).filter(([, s]) => s === 'loading')
        return {
          sections: Object.keys(last.states).sort(),
          loading: loading.map(([id]) => id),
          pending: last.pending,
        }
      },
      { timeout, intervals: [100, 250, 250, 500] },
    )
    .toEqual({ sections: DASHBOARD, loading: [], pending: 0 })
  if (!last) throw new Error('no snapshot')
  return last
}

const ids = (snap: Snapshot, state: SectionState) =>
  Object.entries(snap.states)
    .filter(([, s]) => s === state)
    .map(([id]) => id)
    .sort()

/** Presses Retry in every alert until none is left. */
async function retryAll(page: Page) {
  const retry = page.getByRole('alert').getByRole('button', { name: 'Retry' })
  await expect(async () => {
    if ((await retry.count()) > 0)
      await retry
        .first()
        .click({ timeout: 1_000 })
        .catch(() => {})
    await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 500 })
  }).toPass({ timeout: 15_000, intervals: [100, 250, 500] })
}

/** Requests to one endpoint, with or without a query string. */
const to = (endpoint: string) => (url: URL) =>
  url.pathname === `/api/v1/${endpoint}` || url.pathname.startsWith(`/api/v1/${endpoint}/`)

/** A TCP server that answers with the real body cut in half, short of its Content-Length. */
let truncating: { server: Server; url: string } | null = null

async function truncatingServer(): Promise<string> {
  if (truncating) return truncating.url
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    let head = ''
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1')
      if (!head.includes('\r\n\r\n')) return
      const target = head.split(' ')[1] ?? '/'
      void fetch(`${API_URL}${target}`, { headers: { 'accept-encoding': 'identity' } })
        .then((r) => r.arrayBuffer())
        .then((body) => {
          const bytes = Buffer.from(body)
          socket.write(
            'HTTP/1.1 200 OK\r\n' +
              'Content-Type: application/json\r\n' +
              `Content-Length: ${bytes.length}\r\n` +
              'Access-Control-Allow-Origin: *\r\n' +
              'Cache-Control: no-store\r\n' +
              'Connection: close\r\n\r\n',
          )
          socket.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => socket.destroy())
        })
        .catch(() => socket.destroy())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  truncating = { server, url: `http://127.0.0.1:${port}` }
  server.on('close', () => {
    for (const s of sockets) s.destroy()
  })
  return truncating.url
}

test.afterAll(async () => {
  const t = truncating
  truncating = null
  if (t) await new Promise<void>((resolve) => t.server.close(() => resolve()))
})

interface Fault {
  readonly name: string
  /** Why it failed, as the section says it (after "… could not be loaded:"). */
  readonly reason: RegExp
  readonly respond: (route: Route) => Promise<void>
}

const json = (route: Route, body: string) =>
  route.fulfill({ status: 200, contentType: 'application/json', body })

const FAULTS: readonly Fault[] = [
  {
    name: 'HTTP 500',
    reason: /the data service answered HTTP 500/,
    respond: (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Injected', status: 500 }),
      }),
  },
  {
    name: 'a hang',
    reason: /took too long/,
    // Never answered: the client's own time limit ends the wait.
    respond: () => new Promise<void>(() => undefined),
  },
  {
    name: 'malformed JSON',
    reason: /unexpected format/,
    respond: (route) => json(route, '{"entries": [1, 2'),
  },
  {
    name: 'the wrong shape',
    reason: /unexpected format/,
    respond: (route) =>
      json(route, JSON.stringify({ entries: 'oops', observations: 42, pledges: null })),
  },
  {
    name: 'a dropped connection',
    reason: /could not be reached/,
    respond: (route) => route.abort('connectionreset'),
  },
  {
    name: 'a truncated body',
    reason: /cut before the whole answer arrived/,
    respond: async (route) => {
      const url = new URL(route.request().url())
      await route.continue({ url: `${await truncatingServer()}${url.pathname}${url.search}` })
    },
  },
  {
    name: 'a 5 s slow answer',
    reason: /took too long/,
    respond: async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 5_000))
      // By now the client has given up (3 s) and the page may be gone.
      await route.fallback().catch(() => undefined)
    },
  },
  {
    name: 'an empty body',
    reason: /unexpected format/,
    respond: (route) => json(route, ''),
  },
]

/** Makes one endpoint fail in one way until lifted. */
async function inject(page: Page, endpoint: FaultEndpoint, fault: Fault) {
  const state = { failing: true, failed: 0 }
  await page.route(to(endpoint), (route) => {
    if (!state.failing) return route.fallback()
    state.failed += 1
    return fault.respond(route)
  })
  return state
}

test('a healthy load draws every section of the dashboard, with no alert', async ({ page }) => {
  await page.goto(`${HTTP_APP_URL}/`)
  const snap = await settled(page)
  expect(ids(snap, 'drawn')).toEqual(DASHBOARD)
})

for (const endpoint of FAULT_ENDPOINTS) {
  const affected = DASHBOARD.filter((id) => SECTION_ENDPOINTS[id]?.includes(endpoint))
  const unaffected = DASHBOARD.filter((id) => !affected.includes(id))

  test.describe(`/${endpoint} failing`, () => {
    // Four panels ask /indicators some forty times, each failing once and retried once: on two
    // loaded cores that can take longer than a healthy load to settle.
    test.describe.configure({ timeout: 90_000 })
    for (const fault of FAULTS) {
      test(`${fault.name}: only its ${affected.length} sections say so, with Retry; the others draw; Retry recovers`, async ({
        page,
      }) => {
        const injected = await inject(page, endpoint, fault)
        await page.goto(`${HTTP_APP_URL}/`)
        const snap = await settled(page, 30_000)
        expect(injected.failed).toBeGreaterThan(0)
        expect(ids(snap, 'alert')).toEqual(affected)
        expect(ids(snap, 'drawn')).toEqual(unaffected)
        for (const id of affected) {
          expect(snap.alerts[id], id).toMatch(/could not be loaded: /)
          expect(snap.alerts[id], id).toMatch(fault.reason)
        }
        await expect(
          page.getByRole('alert').first().getByRole('button', { name: 'Retry' }),
        ).toBeEnabled()

        injected.failing = false
        await retryAll(page)
        const after = await settled(page, 30_000)
        expect(ids(after, 'drawn')).toEqual(DASHBOARD)
      })
    }
  })
}

for (const region of ['nosuch', '__proto__']) {
  test(`?region=${region}: falls back with the "settings ignored" notice; every section draws`, async ({
    page,
  }) => {
    const asked: string[] = []
    page.on('request', (request) => {
      if (request.url().startsWith(API_URL)) asked.push(decodeURIComponent(request.url()))
    })
    await page.goto(`${HTTP_APP_URL}/?region=${region}&year=2024`)
    await expect(page.getByRole('status', { name: 'Link settings ignored' })).toContainText(
      'Region',
    )
    await expect(page).toHaveURL(/\?year=2024$/)
    const snap = await settled(page)
    expect(ids(snap, 'drawn')).toEqual(DASHBOARD)
    expect(asked.filter((url) => url.includes(region))).toEqual([])
  })
}

test('/meta without an index input: the index sections say which, the rest draws; Retry recovers', async ({
  page,
}) => {
  const state = { lacking: true }
  await page.route(to('meta'), async (route) => {
    if (!state.lacking) return route.fallback()
    const response = await route.fetch()
    const meta = (await response.json()) as { indicators: { id: string }[] }
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      json: { ...meta, indicators: meta.indicators.filter((i) => i.id !== 'ai-patents-per-100k') },
    })
  })
  await page.goto(`${HTTP_APP_URL}/`)
  const snap = await settled(page)
  const lacking = ids(snap, 'alert')
  expect(lacking).toEqual(expect.arrayContaining(['vibrancy.index', 'vibrancy.index-table']))
  expect(lacking.every((id) => SECTION_ENDPOINTS[id]?.includes('indicators'))).toBe(true)
  for (const id of lacking) expect(snap.alerts[id], id).toMatch(/ai-patents-per-100k/)
  for (const id of ['vibrancy.published', 'investment.ranked', 'models.notable-trend'])
    expect(snap.states[id], id).toBe('drawn')
  state.lacking = false
  await retryAll(page)
  expect(ids(await settled(page), 'drawn')).toEqual(DASHBOARD)
})
