/**
 * Fault injection beyond the matrix (src/test/fault-matrix/*: every endpoint × every way it can
 * fail). Here: the endpoints the healthy app asks, empty answers, requests per load (the boot
 * prefetch and the panels share one query per key, and only react-query retries), ids a link
 * names that the data service does not know, answers that lack what a section needs, a section
 * drawn only on demand, the time limit, and a slow answer for old filters.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { server } from '../../mocks/node'
import { createApiClient } from '../api/client'
import { API_PREFIX } from '../api/endpoints'
import type { MetaResponse } from '../api/schemas'
import { App } from '../app/app'
import { REQUEST_TIMEOUT_MS } from '../app/create-client'
import { loadFirstView } from '../app/first-view'
import { AppProviders } from '../app/providers'
import { createQueryClient } from '../queries/query-client'
import { hydrateFromUrl, updateView, useViewStore } from '../stores/view-store'
import {
  ENDPOINTS,
  FAULTS,
  injectFault,
  realAnswer,
  retryAll,
  sectionStates,
  settled,
  type Endpoint,
} from './fault-matrix'

/** The app as shipped: the real retry policy and a request time limit. */
function clients(search: string, timeoutMs: number) {
  window.history.replaceState(null, '', `/${search ? `?${search}` : ''}`)
  hydrateFromUrl(window.location.search)
  const client = createApiClient({
    baseUrl: 'http://localhost',
    transport: (request) => fetch(request),
    mode: { kind: 'embedded' },
    timeoutMs,
  })
  return { client, queryClient: createQueryClient() }
}

function renderApp(search = '', timeoutMs = 400) {
  const { client, queryClient } = clients(search, timeoutMs)
  render(
    <AppProviders client={client} queryClient={queryClient}>
      <App />
    </AppProviders>,
  )
  return { queryClient }
}

/** Boots as src/main.tsx does: the first view's prefetch, then the app after `waitMs` at most. */
async function boot(waitMs: number) {
  const { client, queryClient } = clients('', REQUEST_TIMEOUT_MS)
  await loadFirstView(queryClient, client, useViewStore.getState().view, waitMs)
  render(
    <AppProviders client={client} queryClient={queryClient}>
      <App />
    </AppProviders>,
  )
}

/** Endpoint of a request path: meta, vibrancy, indicators, pledges, claims. */
const endpointOf = (url: string) =>
  new URL(url).pathname.slice(API_PREFIX.length + 1).split('/')[0] ?? ''

/** The panels (the shared Panel frame inside <main>), each a region named by its heading. */
function topPanels(): HTMLElement[] {
  const main = screen.getByRole('main')
  return within(main)
    .getAllByRole('region')
    .filter((r) => r.classList.contains('panel'))
}

let requests: string[] = []
const record = ({ request }: { request: Request }) => {
  if (request.headers.get('x-fault-passthrough') !== '1') requests.push(request.url)
}
beforeEach(() => {
  requests = []
  server.events.on('request:start', record)
})
afterEach(() => {
  server.events.removeListener('request:start', record)
})

/** How many times each URL was asked for. */
function perUrl(urls: readonly string[]) {
  const counts = new Map<string, number>()
  for (const url of urls) counts.set(url, (counts.get(url) ?? 0) + 1)
  return counts
}

/** Holds the request open for 10 s (or until the client gives up and aborts it). */
const stall = (request: Request) =>
  new Promise<Response>((resolve) => {
    const timer = setTimeout(() => resolve(HttpResponse.json({})), 10_000)
    request.signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve(HttpResponse.json({}))
    })
  })

/** A schema-valid answer with nothing in it, per endpoint. */
async function emptyAnswer(request: Request): Promise<JsonBodyType> {
  const real = (await (await realAnswer(request)).json()) as Record<string, unknown>
  const emptied: Record<string, unknown> = { ...real }
  for (const [key, value] of Object.entries(real)) if (Array.isArray(value)) emptied[key] = []
  return emptied as JsonBodyType
}

/** /meta as served, less some indicators, until `restore` is called. */
function metaWithout(...ids: string[]) {
  const state = { lacking: true }
  server.use(
    http.get(`*${API_PREFIX}/meta`, async ({ request }) => {
      if (!state.lacking || request.headers.get('x-fault-passthrough') === '1') return undefined
      const meta = (await (await realAnswer(request)).json()) as MetaResponse
      return HttpResponse.json({
        ...meta,
        indicators: meta.indicators.filter((i) => !ids.includes(i.id)),
      })
    }),
  )
  return state
}

const fault = (name: string) => {
  const found = FAULTS.find((f) => f.name === name)
  if (!found) throw new Error(`no fault "${name}"`)
  return found
}

describe('fault injection', () => {
  it('the healthy app requests every endpoint of the contract, each URL once', async () => {
    renderApp()
    await settled()
    // The fault matrix covers exactly these endpoints: if a panel starts or stops using one,
    // this fails and ENDPOINTS (src/test/fault-matrix.tsx) is updated with it.
    expect([...new Set(requests.map(endpointOf))].sort()).toEqual([...ENDPOINTS].sort())
    expect(topPanels().length).toBeGreaterThanOrEqual(3)
    expect([...perUrl(requests)].filter(([, n]) => n > 1)).toEqual([])
  })

  describe.each(ENDPOINTS)('/%s', (endpoint) => {
    it('an empty result reads as "no data", never as an error, a crash or a made-up figure', async () => {
      server.use(
        http.get(`*${API_PREFIX}/${endpoint}*`, async ({ request }) => {
          if (request.headers.get('x-fault-passthrough') === '1') return undefined
          return HttpResponse.json(await emptyAnswer(request))
        }),
      )
      renderApp()
      await settled()
      // No error boundary tripped and no contract error: empty is a valid answer. An empty
      // /meta lists none of the indicators the computed figures need: those say so, and only so.
      const alerts = screen.queryAllByRole('alert').map((a) => a.textContent)
      if (endpoint === 'meta') for (const a of alerts) expect(a).toMatch(/lists no indicators? /)
      else expect(alerts).toEqual([])
      expect(screen.getByRole('main').textContent).not.toMatch(/NaN|undefined|Infinity/)
      for (const panel of topPanels()) expect(panel.textContent?.length).toBeGreaterThan(0)
    })
  })

  describe('requests per load (boot prefetch and panels share one query per key)', () => {
    it('a healthy load asks for every URL once', async () => {
      await boot(500)
      await settled()
      expect(requests.length).toBeGreaterThan(10)
      expect([...perUrl(requests)].filter(([, n]) => n > 1)).toEqual([])
    })

    // 10 s: the prefetch (and its retry) has failed before the panels mount; 0: they mount while
    // it is still asking. Either way the failure is asked once and retried once.
    it.each([10_000, 0])(
      'a failing /meta costs 2 requests (render after %i ms at most)',
      async (wait) => {
        injectFault('meta', fault('HTTP 500'))
        await boot(wait)
        await settled()
        expect(requests.filter((u) => endpointOf(u) === 'meta')).toHaveLength(2)
      },
    )

    it.each<[Endpoint, string]>([
      ['meta', 'a dropped connection'],
      ['vibrancy', 'HTTP 500'],
      ['indicators', 'HTTP 500'],
      ['indicators', 'a truncated body'],
    ])(
      'a failing /%s (%s): each of its URLs asked twice, every other URL once',
      async (endpoint, name) => {
        injectFault(endpoint, fault(name))
        await boot(10_000)
        await settled()
        const counts = perUrl(requests)
        const failing = [...counts].filter(([url]) => endpointOf(url) === endpoint)
        expect(failing.length).toBeGreaterThan(0)
        expect(failing.filter(([, n]) => n !== 2)).toEqual([])
        expect([...counts].filter(([url, n]) => endpointOf(url) !== endpoint && n > 1)).toEqual([])
      },
    )
  })

  describe('ids a link names that the data service does not know', () => {
    it.each(['nosuch', '__proto__'])(
      '?region=%s falls back to the world with the notice, the link rewritten, nothing asked for it',
      async (region) => {
        renderApp(`region=${region}&year=2024`)
        const notice = await screen.findByRole('status', { name: 'Link settings ignored' })
        expect(notice).toHaveTextContent(/reset to their defaults: Region/)
        await settled()
        expect(screen.queryAllByRole('alert')).toEqual([])
        expect(useViewStore.getState().view).toMatchObject({ region: 'world', year: 2024 })
        expect(window.location.search).toBe('?year=2024')
        expect(requests.filter((u) => decodeURIComponent(u).includes(region))).toEqual([])
        expect(
          within(screen.getByRole('region', { name: 'Private Investment' })).getAllByRole('table')
            .length,
        ).toBeGreaterThan(0)
      },
    )

    it('unknown countries are dropped from the pick, the known ones kept', async () => {
      renderApp('countries=USA,XXX,FRA')
      const notice = await screen.findByRole('status', { name: 'Link settings ignored' })
      expect(notice).toHaveTextContent('Countries')
      expect(useViewStore.getState().view.countries).toEqual(['USA', 'FRA'])
      expect(window.location.search).toBe('?countries=USA,FRA')
    })

    it('a known region is kept, and says nothing', async () => {
      renderApp('region=eastern-asia')
      await settled()
      expect(useViewStore.getState().view.region).toBe('eastern-asia')
      expect(screen.queryByRole('status', { name: 'Link settings ignored' })).toBeNull()
    })
  })

  describe('a valid answer that lacks what a section needs', () => {
    it('/meta without an index input: the index sections say which, the published ranking draws; Retry recovers', async () => {
      const meta = metaWithout('ai-patents-per-100k')
      renderApp()
      const states = await settled()
      const index = within(
        screen.getByRole('group', { name: 'Open AI index computed here (bars)' }),
      ).getByRole('alert')
      expect(index).toHaveTextContent(/lists no indicator ai-patents-per-100k/)
      expect(states.get('Open AI index computed here, with robustness (table)')).toBe('alert')
      expect(states.get('Published Vibrancy ranking (bars)')).toBe('drawn')
      expect(states.get('Private investment by country, one year (bars)')).toBe('drawn')
      meta.lacking = false
      await userEvent.click(within(index).getByRole('button', { name: 'Retry' }))
      await waitFor(() =>
        expect(sectionStates().get('Open AI index computed here (bars)')).toBe('drawn'),
      )
      expect(screen.queryAllByRole('alert')).toEqual([])
    })

    it('/meta without the cumulative notable models: output per dollar says so', async () => {
      metaWithout('notable-models-cumulative')
      renderApp()
      const states = await settled()
      const label = 'Output per dollar: cumulative models against cumulative investment (scatter)'
      expect(states.get(label)).toBe('alert')
      expect(screen.getByRole('group', { name: label })).toHaveTextContent(
        /lists no indicator notable-models-cumulative/,
      )
      expect(states.get('Notable ML models per year (lines)')).toBe('drawn')
    })
  })

  it('/indicators failing: the published ranking still marks the countries in view outside its top N', async () => {
    injectFault('indicators', fault('HTTP 500'))
    renderApp()
    const vibrancy = screen.getByRole('region', { name: 'AI Vibrancy Ranking' })
    const table = await within(vibrancy).findByRole('table', { name: /as published/ })
    expect(within(table).getByRole('row', { name: /^France/ })).toHaveTextContent(
      /not in the published top/,
    )
  })

  it('a section drawn on demand shows its own failure when opened, and its Retry recovers it', async () => {
    const injected = injectFault('indicators', fault('HTTP 500'))
    renderApp()
    await settled()
    injected.failing = false
    // Every section on the page recovers; the folded-away comparison has not asked again.
    await retryAll()
    await userEvent.click(screen.getByText(/prints other counts on its charts/))
    const label = 'Notable models: the data file against the counts printed on the charts (table)'
    const group = await screen.findByRole('group', { name: label })
    await userEvent.click(within(group).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(sectionStates().get(label)).toBe('drawn'))
    expect(screen.queryAllByRole('alert')).toEqual([])
  })

  it('the app default time limit gives up on a stalled request after 3 s, not before', async () => {
    let asked: number | null = null
    server.use(
      http.get(`*${API_PREFIX}/vibrancy*`, ({ request }) => {
        asked ??= performance.now()
        return stall(request)
      }),
    )
    renderApp('', REQUEST_TIMEOUT_MS)
    const vibrancy = screen.getByRole('region', { name: 'AI Vibrancy Ranking' })
    const alerts = await within(vibrancy).findAllByRole('alert', {}, { timeout: 10_000 })
    expect(alerts[0]).toHaveTextContent('took too long')
    expect(REQUEST_TIMEOUT_MS).toBeLessThan(4_000)
    // The client starts its timer before msw dispatches to the handler, so the time seen from
    // here is a little shorter than the limit; under load that lag reaches tens of ms. The
    // bound still tells "gave up at the limit" from "gave up early" (e.g. at the first retry).
    expect(performance.now() - (asked ?? 0)).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 500)
  })

  it('a slow answer for old filters never overwrites the view of newer filters', async () => {
    const slow = 'aiindex-2024'
    server.use(
      http.get(`*${API_PREFIX}/indicators/*`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('edition') !== slow) return undefined
        await new Promise((r) => setTimeout(r, 900))
        return undefined
      }),
    )
    renderApp(`year=2023&edition=${slow}`, 5_000)
    const investment = screen.getByRole('region', { name: 'Private Investment' })
    // Newer filters while the old answers are still on their way.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 100))
      updateView({ edition: 'aiindex-2026' })
    })
    const table = await within(investment).findByRole(
      'table',
      { name: /AI private investment in 2023/ },
      { timeout: 4_000 },
    )
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /^United States/ })).toHaveTextContent('72.4'),
    )
    // Let the slow answers for aiindex-2024 land, then check nothing changed.
    await new Promise((r) => setTimeout(r, 1_200))
    const row = within(
      within(investment).getByRole('table', { name: /AI private investment in 2023/ }),
    ).getByRole('row', { name: /^United States/ })
    expect(row).toHaveTextContent('72.4')
    expect(row).not.toHaveTextContent('67.2')
  })
})
