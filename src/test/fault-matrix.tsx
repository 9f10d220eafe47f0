/**
 * The fault matrix (docs/DESIGN.md §5, issue 18): every way an endpoint can fail, and what the
 * reader must see. Each endpoint has its own test file (src/test/fault-matrix/*.test.tsx), so
 * Vitest runs them side by side; this module holds the faults, the app as shipped (its retry
 * policy and time limit) and the section-level expectation:
 *
 * - exactly the sections that draw from the failing endpoint show role="alert" with Retry, and
 *   say what failed; every other section draws;
 * - each failed query was asked for once, or twice when the failure may pass (5xx, network);
 * - once the fault is lifted, Retry brings every section back: no alert, no skeleton left.
 *
 * A section is a figure (its `needs` name the panel's queries it draws from) or the claims note.
 * Which endpoint each query name asks is stated below, so a new query name fails here first.
 * The 4 s budget itself is timed in the browser (tests/e2e/faults.spec.ts): jsdom on a shared
 * machine is too slow to time it.
 */
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { createApiClient } from '../api/client'
import { API_PREFIX } from '../api/endpoints'
import { App } from '../app/app'
import { REQUEST_TIMEOUT_MS } from '../app/create-client'
import { AppProviders } from '../app/providers'
import { CLAIMS_FIGURES } from '../features/claims/figures'
import { INVESTMENT_FIGURES } from '../features/investment/figures'
import { MODELS_FIGURES } from '../features/models/figures'
import { RESEARCH_FIGURES } from '../features/research/figures'
import { VIBRANCY_FIGURES } from '../features/vibrancy/figures'
import { createQueryClient } from '../queries/query-client'
import { hydrateFromUrl } from '../stores/view-store'

export const ENDPOINTS = ['meta', 'vibrancy', 'indicators', 'pledges', 'claims'] as const
export type Endpoint = (typeof ENDPOINTS)[number]

/** The endpoint behind each query name the panels' data hooks return. */
const ENDPOINT_OF_QUERY: Readonly<Record<string, Endpoint>> = {
  meta: 'meta',
  ranking: 'vibrancy',
  others: 'vibrancy',
  pledges: 'pledges',
  claims: 'claims',
  inputs: 'indicators',
  reference: 'indicators',
  series: 'indicators',
  editions: 'indicators',
  notable: 'indicators',
  patents: 'indicators',
  patentShare: 'indicators',
  per100k: 'indicators',
  notableCharts: 'indicators',
  modelsCum: 'indicators',
  investCum: 'indicators',
  foundationWorld: 'indicators',
  shares: 'indicators',
  topCited: 'indicators',
  jobPostings: 'indicators',
  talent: 'indicators',
  gvtPublications: 'indicators',
  gvtCitations: 'indicators',
}

/**
 * Sections that must draw whatever their declared needs say: the issue's cases, stated by hand
 * so that a figure declaring more needs than it draws from cannot pass by failing along.
 */
const MUST_DRAW: Readonly<Record<Endpoint, readonly string[]>> = {
  meta: [],
  vibrancy: [
    'Open AI index computed here (bars)',
    'Private investment by country, one year (bars)',
  ],
  indicators: [
    'Published Vibrancy ranking (bars)',
    'Published Vibrancy ranking (table)',
    'How the published ranks moved between releases (slope)',
    'China’s AI patents, 2023: the quoted count against the published ones (table)',
    'Quoted claims on the investment gap',
  ],
  pledges: [
    'Private investment by country, one year (bars)',
    'Private investment over time (lines)',
  ],
  claims: [
    'Published Vibrancy ranking (bars)',
    'Private investment by country, one year (bars)',
    'Notable ML models per year (lines)',
  ],
}

export interface Section {
  /** The accessible name of its loading and error states (a figure's label). */
  readonly label: string
  readonly needs: readonly string[]
  /** Whether it has drawn: a figure's frame, or the part's own content. */
  readonly drawn: () => boolean
}

const figureDrawn = (id: string) => () =>
  screen.queryAllByRole('figure').some((f) => f.getAttribute('data-figure') === id)

/** The dashboard's figures, panel by panel. */
export const DASHBOARD_FIGURES = [
  ...VIBRANCY_FIGURES,
  ...INVESTMENT_FIGURES,
  ...MODELS_FIGURES,
  ...RESEARCH_FIGURES,
  ...CLAIMS_FIGURES,
]

/** Every section the dashboard can show. */
export const SECTIONS: readonly Section[] = [
  ...DASHBOARD_FIGURES.map((spec) => ({
    label: spec.label,
    needs: spec.needs,
    drawn: figureDrawn(spec.id),
  })),
  {
    label: 'Quoted claims on the investment gap',
    needs: ['meta', 'claims'],
    drawn: () =>
      screen.queryByRole('region', { name: /^Quoted in the debate: the investment gap/ }) !== null,
  },
]

/** The endpoints a section draws from. */
export function endpointsOf(section: Section): Endpoint[] {
  return section.needs.map((name) => {
    const endpoint = ENDPOINT_OF_QUERY[name]
    if (!endpoint) throw new Error(`No endpoint stated for the query "${name}" (${section.label})`)
    return endpoint
  })
}

type SectionState = 'alert' | 'loading' | 'drawn' | 'absent'

/** What a section shows now. */
export function stateOf(section: Section): SectionState {
  const group = screen.queryByRole('group', { name: section.label })
  if (group && within(group).queryByRole('alert')) return 'alert'
  if (group) return 'loading'
  return section.drawn() ? 'drawn' : 'absent'
}

/** Every section on the page, by state. */
export function sectionStates() {
  const states = new Map<string, SectionState>()
  for (const s of SECTIONS) {
    const state = stateOf(s)
    if (state !== 'absent') states.set(s.label, state)
  }
  return states
}

const labels = (states: Map<string, SectionState>, wanted: SectionState) =>
  [...states].filter(([, s]) => s === wanted).map(([label]) => label)

/** Waits until no section on the page is loading; returns the states. */
export async function settled(timeout = 12_000) {
  return waitFor(
    () => {
      const states = sectionStates()
      expect(states.size).toBeGreaterThan(0)
      expect(labels(states, 'loading')).toEqual([])
      return states
    },
    { timeout },
  )
}

/** The app as shipped: its retry policy and its time limit for an HTTP API. */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search ? `?${search}` : ''}`)
  hydrateFromUrl(window.location.search)
  const client = createApiClient({
    baseUrl: 'http://localhost',
    transport: (request) => fetch(request),
    mode: { kind: 'embedded' },
    timeoutMs: REQUEST_TIMEOUT_MS,
  })
  const queryClient = createQueryClient()
  render(
    <AppProviders client={client} queryClient={queryClient}>
      <App />
    </AppProviders>,
  )
  return { queryClient }
}

/** A header that lets a fault's own request through to the real handlers. */
const PASSTHROUGH = 'x-fault-passthrough'

/** The real answer, fetched past the fault. */
export const realAnswer = (request: Request) =>
  fetch(request.url, { headers: { [PASSTHROUGH]: '1' } })

const problem = (status: number) =>
  HttpResponse.json(
    { type: 'about:blank', title: status === 404 ? 'Not found' : 'Injected', status, detail: 'x' },
    { status, headers: { 'content-type': 'application/problem+json' } },
  )

/** Resolves after `ms`, or as soon as the client gives up on the request. */
const waitOrAbort = (request: Request, ms: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    request.signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })

export interface Fault {
  readonly name: string
  /** Why it failed, as the section says it (after "… could not be loaded:"). */
  readonly reason: RegExp
  /** Requests per query before the message: 2 where a retry may pass, else 1. */
  readonly attempts: number
  readonly respond: (request: Request) => Promise<Response> | Response
}

const json = (body: string) =>
  new HttpResponse(body, { headers: { 'content-type': 'application/json' } })

export const FAULTS: readonly Fault[] = [
  {
    name: 'HTTP 500',
    reason: /answered HTTP 500/,
    attempts: 2,
    respond: () => problem(500),
  },
  {
    name: 'HTTP 404',
    reason: /has no such data \(HTTP 404\)/,
    attempts: 1,
    respond: () => problem(404),
  },
  {
    name: 'a hang',
    reason: /took too long/,
    attempts: 1,
    respond: async (request) => {
      await waitOrAbort(request, 60_000)
      return HttpResponse.json({})
    },
  },
  {
    name: 'malformed JSON',
    reason: /unexpected format/,
    attempts: 1,
    respond: () => json('{"entries": [1, 2'),
  },
  {
    name: 'the wrong shape',
    reason: /unexpected format/,
    attempts: 1,
    respond: () => HttpResponse.json({ entries: 'oops', observations: 42, pledges: null }),
  },
  {
    name: 'a dropped connection',
    reason: /could not be reached/,
    attempts: 2,
    respond: () => HttpResponse.error(),
  },
  {
    name: 'a truncated body',
    reason: /cut before the whole answer arrived/,
    attempts: 2,
    // Half the real body, then the connection breaks (as a body short of its Content-Length).
    respond: async (request) => {
      const bytes = new Uint8Array(await (await realAnswer(request)).arrayBuffer())
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)))
          controller.error(new TypeError('terminated: other side closed'))
        },
      })
      return new HttpResponse(body, { headers: { 'content-type': 'application/json' } })
    },
  },
  {
    name: 'a 5 s slow answer',
    reason: /took too long/,
    attempts: 1,
    respond: async (request) => {
      await waitOrAbort(request, 5_000)
      return realAnswer(request)
    },
  },
  {
    name: 'an empty body',
    reason: /unexpected format/,
    attempts: 1,
    respond: () => new HttpResponse(null, { headers: { 'content-type': 'application/json' } }),
  },
]

/** Makes one endpoint fail in one way until lifted. */
export function injectFault(endpoint: Endpoint, fault: Fault) {
  const state = { failing: true, failed: 0 }
  server.use(
    http.get(`*${API_PREFIX}/${endpoint}*`, ({ request }) => {
      if (!state.failing || request.headers.get(PASSTHROUGH) === '1') return undefined
      state.failed += 1
      return fault.respond(request)
    }),
  )
  return state
}

/** Presses Retry in every section that shows an alert, until none does. */
export async function retryAll(timeout = 8_000) {
  await waitFor(
    async () => {
      for (const alert of screen.queryAllByRole('alert'))
        if (alert.isConnected)
          await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
      expect(screen.queryAllByRole('alert')).toEqual([])
    },
    { timeout },
  )
}

/** The dashboard's sections on a healthy load: every one drawn. */
export async function healthySections(): Promise<readonly string[]> {
  renderApp()
  const states = await settled()
  expect(labels(states, 'alert')).toEqual([])
  return labels(states, 'drawn')
}

/**
 * One cell of the matrix: `endpoint` fails with `fault`; exactly the sections drawing from it
 * (of the `dashboard` ones) show the message with Retry, the others draw; Retry recovers.
 */
export async function expectFaultIsolated(
  endpoint: Endpoint,
  fault: Fault,
  dashboard: readonly string[],
) {
  const injected = injectFault(endpoint, fault)
  const { queryClient } = renderApp()
  const states = await settled()
  expect([...states.keys()].sort()).toEqual([...dashboard].sort())

  const affected = SECTIONS.filter(
    (s) => states.has(s.label) && endpointsOf(s).includes(endpoint),
  ).map((s) => s.label)
  expect(affected.length).toBeGreaterThan(0)
  expect(labels(states, 'alert').sort()).toEqual([...affected].sort())
  expect(labels(states, 'drawn').sort()).toEqual(
    dashboard.filter((label) => !affected.includes(label)).sort(),
  )
  for (const label of MUST_DRAW[endpoint]) expect(states.get(label)).toBe('drawn')
  for (const label of affected) {
    const alert = within(screen.getByRole('group', { name: label })).getByRole('alert')
    expect(alert).toHaveTextContent(/could not be loaded: /)
    expect(alert).toHaveTextContent(fault.reason)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled()
  }

  // One retry where it may pass, none where it will not (counted per query in the cache).
  const errored = queryClient
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.status === 'error')
  expect(errored.length).toBeGreaterThan(0)
  expect(errored.map((q) => q.state.fetchFailureCount)).toEqual(errored.map(() => fault.attempts))
  expect(injected.failed).toBeGreaterThan(0)

  injected.failing = false
  await retryAll()
  const after = await settled()
  expect(labels(after, 'drawn').sort()).toEqual([...dashboard].sort())
}

/** The matrix row of one endpoint: a healthy load first (the sections to expect), then each fault. */
export function describeFaultMatrix(endpoint: Endpoint) {
  describe(`/${endpoint} failing`, () => {
    let dashboard: readonly string[] = []

    it('(a healthy load first: the dashboard’s sections, each drawn)', async () => {
      expect(new Set(SECTIONS.map((s) => s.label)).size).toBe(SECTIONS.length)
      dashboard = await healthySections()
      expect(dashboard.length).toBeGreaterThan(10)
    })

    it.each(FAULTS.map((f) => [f.name, f] as const))(
      '%s: only the sections drawing from it say so, with Retry; the others draw; Retry recovers',
      (_, fault) => expectFaultIsolated(endpoint, fault, dashboard),
      30_000,
    )
  })
}
