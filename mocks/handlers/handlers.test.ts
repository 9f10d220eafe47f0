/**
 * Contract tests of the handlers: every answer parses with the zod schemas of src/api, bad
 * parameters are 400 problem details naming the parameter, unknown ids 404, and no query
 * string — however hostile — makes the service fail (fuzzed with fast-check).
 */
import fc from 'fast-check'
import { getResponse } from 'msw'
import type { z } from 'zod'
import { API_PREFIX } from '../../src/api/endpoints'
import {
  ClaimsResponseSchema,
  IndicatorResponseSchema,
  MetaResponseSchema,
  PledgesResponseSchema,
  ProblemSchema,
  VibrancyResponseSchema,
} from '../../src/api/schemas'
import { handlers } from '../handlers'
import { inProcessTransport } from '../in-process'
import { MAX_OBSERVATIONS } from '../service/repository'

const ORIGIN = 'http://api.test'

async function get(path: string) {
  const response = await getResponse(handlers, new Request(`${ORIGIN}${API_PREFIX}${path}`))
  if (!response) throw new Error(`no handler answered ${path}`)
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as unknown,
  }
}

async function expectOk<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
  const { status, body } = await get(path)
  expect(status, path).toBe(200)
  const parsed = schema.safeParse(body)
  expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), path).toEqual([])
  return schema.parse(body)
}

async function expectProblem(path: string, status: number, parameter?: string) {
  const answer = await get(path)
  expect(answer.status, path).toBe(status)
  expect(answer.type).toBe('application/problem+json')
  const problem = ProblemSchema.parse(answer.body)
  expect(problem.status).toBe(status)
  expect(problem.detail.length).toBeGreaterThan(0)
  if (parameter) expect(problem.parameter).toBe(parameter)
}

describe('every response parses with the contract schemas', () => {
  it('meta, pledges and claims', async () => {
    const meta = await expectOk('/meta', MetaResponseSchema)
    expect(meta.indicators.length).toBeGreaterThan(5)
    expect((await expectOk('/pledges', PledgesResponseSchema)).pledges.length).toBeGreaterThan(0)
    expect((await expectOk('/claims', ClaimsResponseSchema)).claims.length).toBeGreaterThan(0)
  })

  it('meta states the coverage rule and the claim-status rule, and the coverage caveat', async () => {
    const meta = await expectOk('/meta', MetaResponseSchema)
    expect(meta.rules.blocCoverage.minPopulationShare).toBe(2 / 3)
    expect(meta.rules.blocCoverage.text).toMatch(/at least two thirds of its population/)
    expect(meta.rules.claimStatus.tolerance).toBe(0.05)
    expect(meta.rules.claimStatus.text).toMatch(/never against a later one/)
    const caveat = meta.caveats.find((c) => c.id === 'bloc-coverage')
    expect(caveat?.text).toBe(meta.rules.blocCoverage.text)
    expect(caveat?.indicators).toContain('private-investment')
    expect(caveat?.indicators).not.toContain('ai-publications-share')
  })

  it('vibrancy: latest, by edition and by data year', async () => {
    const latest = await expectOk('/vibrancy', VibrancyResponseSchema)
    expect(latest.entries.length).toBeGreaterThan(0)
    for (const edition of ['gvt-2024', 'gvt-2025'])
      expect((await expectOk(`/vibrancy?edition=${edition}`, VibrancyResponseSchema)).edition).toBe(
        edition,
      )
    const byYear = await expectOk('/vibrancy?year=2023', VibrancyResponseSchema)
    expect(byYear.dataYear).toBe(2023)
  })

  it('vibrancy: GVT 2022 for each of its data years, with scores and pillar scores', async () => {
    for (const year of [2017, 2018, 2019, 2020, 2021]) {
      const r = await expectOk(`/vibrancy?edition=gvt-2022&year=${year}`, VibrancyResponseSchema)
      expect([r.edition, r.dataYear, r.entries.length]).toEqual(['gvt-2022', year, 29])
      expect(r.dataYears).toEqual([2017, 2018, 2019, 2020, 2021])
      expect(r.entries.every((e) => e.score !== null && e.pillarScores !== null)).toBe(true)
    }
    const latest = await expectOk('/vibrancy?edition=gvt-2022', VibrancyResponseSchema)
    expect(latest.dataYear).toBe(2021)
  })

  it('every indicator in every edition, with and without an entity list (groups included)', async () => {
    const meta = await expectOk('/meta', MetaResponseSchema)
    const groups = meta.groups.map((g) => g.id).slice(0, 6)
    let checked = 0
    for (const indicator of meta.indicators)
      for (const { edition, from, to } of indicator.coverage) {
        const all = await expectOk(
          `/indicators/${indicator.id}?edition=${edition}`,
          IndicatorResponseSchema,
        )
        expect(all.observations.every((o) => o.edition === edition)).toBe(true)
        const some = await expectOk(
          `/indicators/${indicator.id}?edition=${edition}&from=${from}&to=${to}&entities=USA,CHN,${groups.join(',')}`,
          IndicatorResponseSchema,
        )
        // With an entity list every year in range is present, null where there is no data.
        expect(some.observations).toHaveLength((to - from + 1) * (2 + groups.length))
        checked += 2
      }
    expect(checked).toBeGreaterThan(20)
  })
})

describe('problem details', () => {
  it.each([
    ['/indicators/private-investment?edition=nonsense', 'edition'],
    ['/indicators/private-investment?from=20x3', 'from'],
    ['/indicators/private-investment?to=1800', 'to'],
    ['/indicators/private-investment?from=2020&to=2010', 'from'],
    ['/indicators/private-investment?entities=USA,%3Cimg%3E', 'entities'],
    ['/indicators/private-investment?entities=USA,XXX', 'entities'],
    ['/vibrancy?edition=aiindex-2024', 'edition'],
    ['/vibrancy?edition=aiindex-2026&year=2021', 'edition'],
    ['/vibrancy?year=abcd', 'year'],
  ])('400 for %s, naming "%s"', async (path, parameter) => {
    await expectProblem(path, 400, parameter)
  })

  it.each([
    '/indicators/not-an-indicator',
    '/indicators/private-investment/extra',
    '/vibrancy?year=1999',
    '/vibrancy?edition=gvt-2022&year=2023',
    '/vibrancy?edition=gvt-2025&year=2021',
    '/unknown',
    '/meta/x',
  ])('404 for %s', async (path) => {
    await expectProblem(path, 404)
  })
})

describe('the response cap (checked in the service, so every runtime refuses alike)', () => {
  it('400 for every entity over 1990–2100, stating the limit', async () => {
    const meta = await expectOk('/meta', MetaResponseSchema)
    const ids = [...meta.groups, ...meta.entities].map((e) => e.id)
    const answer = await get(
      `/indicators/private-investment?from=1990&to=2100&entities=${ids.join(',')}`,
    )
    expect(answer.status).toBe(400)
    const problem = ProblemSchema.parse(answer.body)
    expect(problem.title).toBe('Response too large')
    expect(problem.detail).toContain(`${ids.length} entities × 111 years`)
    expect(answer.body).toMatchObject({ limit: MAX_OBSERVATIONS, requested: ids.length * 111 })
  })

  it('a reference series, every row (the largest answer the app asks for), is under it', async () => {
    const population = await expectOk('/indicators/population?edition=wdi', IndicatorResponseSchema)
    expect(population.observations.length).toBeGreaterThan(1000)
    expect(population.observations.length).toBeLessThanOrEqual(MAX_OBSERVATIONS)
  })
})

describe('malformed request targets in the msw path', () => {
  it.each(['/meta%', '/meta%zz', '/indicators/%FF', '/meta?x=%zz', '/%C0%AF', '//meta'])(
    '400 for %s, not a URIError',
    async (path) => {
      await expectProblem(path, 400)
    },
  )

  it('the embedded transport answers the same 400 (the client gets problem details)', async () => {
    const response = await inProcessTransport(new Request(`${ORIGIN}${API_PREFIX}/meta%`))
    expect(response.status).toBe(400)
    expect(ProblemSchema.parse(await response.json()).title).toBe('Malformed request target')
  })
})

describe('fuzzed query strings', () => {
  const key = fc.constantFrom('edition', 'from', 'to', 'entities', 'year', 'x')
  const value = fc.oneof(
    fc.string(),
    fc.constantFrom(
      ...['aiindex-2025', 'aiindex-2026', 'gvt-2024', 'gvt-2022', '2019', '2020', '2023'],
      ...['USA,CHN', 'eu27', 'WB-EAP', 'UNKNOWN', '', '0000'],
    ),
    fc.integer({ min: -5000, max: 5000 }).map(String),
  )
  const query = fc.array(fc.tuple(key, value), { maxLength: 5 })
  const path = fc.constantFrom(
    '/indicators/private-investment',
    '/indicators/ai-patents-per-100k',
    '/indicators/ai-publications-share',
    '/indicators/public-ai-supercomputers',
    '/indicators/gvt-journal-citations',
    '/vibrancy',
  )

  it('never fail: 200 with a valid body or a 400/404 problem', async () => {
    await fc.assert(
      fc.asyncProperty(path, query, async (p, pairs) => {
        const qs = new URLSearchParams(pairs).toString()
        const answer = await get(`${p}${qs ? `?${qs}` : ''}`)
        if (answer.status === 200) {
          const schema = p === '/vibrancy' ? VibrancyResponseSchema : IndicatorResponseSchema
          expect(schema.safeParse(answer.body).success).toBe(true)
        } else {
          expect([400, 404]).toContain(answer.status)
          expect(ProblemSchema.safeParse(answer.body).success).toBe(true)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('never fail on hostile paths either: percent signs, dots, slashes, non-ASCII', async () => {
    const char = fc.constantFrom(
      '%',
      '/',
      '.',
      '?',
      '=',
      '&',
      'a',
      'F',
      '2',
      'e',
      'C',
      '0',
      'é',
      ' ',
    )
    await fc.assert(
      fc.asyncProperty(fc.array(char, { maxLength: 24 }), async (chars) => {
        // Through the embedded transport: dot segments may climb out of the API prefix, where
        // no handler answers and the transport says 404.
        const request = new Request(`${ORIGIN}${API_PREFIX}/${chars.join('')}`)
        const answer = await inProcessTransport(request)
        expect([200, 400, 404], chars.join('')).toContain(answer.status)
        const body: unknown = await answer.json()
        if (answer.status !== 200) expect(ProblemSchema.safeParse(body).success).toBe(true)
      }),
      { numRuns: 400 },
    )
  })
})

describe('the coverage rule over HTTP (issue 15 acceptance)', () => {
  it('EU-27 private investment 2023 in AI Index 2024 reads too few members, not 1.91', async () => {
    const { observations } = await expectOk(
      '/indicators/private-investment?edition=aiindex-2024&from=2023&to=2023&entities=eu27,DEU',
      IndicatorResponseSchema,
    )
    const [eu, deu] = observations
    expect(eu).toMatchObject({ entityId: 'eu27', value: null, origin: 'computed' })
    expect(eu?.coverage).toMatchObject({
      reporting: 1,
      members: 27,
      reportingIds: ['DEU'],
      populationShare: 83_287_273 / 448_897_545,
      sufficient: false,
    })
    // Germany's own figure stays a click away.
    expect(deu).toMatchObject({ entityId: 'DEU', value: 1.91, origin: 'reported' })
  })

  it('G7 notable models 2025 is the US alone: no total', async () => {
    const { observations } = await expectOk(
      '/indicators/notable-models?edition=aiindex-2026&from=2025&to=2025&entities=g7',
      IndicatorResponseSchema,
    )
    expect(observations[0]).toMatchObject({ entityId: 'g7', value: null })
    // WDI population ends in 2024, so 2024's shares judge it: the US holds about 43% of the
    // G7's people (340m of 785m), under two thirds, so the US's 50 is not the G7's.
    expect(observations[0]?.coverage).toMatchObject({
      reporting: 1,
      members: 7,
      reportingIds: ['USA'],
      sufficient: false,
      populationYear: 2024,
    })
    expect(observations[0]?.coverage?.populationShare).toBeCloseTo(0.43, 2)
  })
})

describe('GET /claims over HTTP', () => {
  it("serves the rule's status, the curator's text and each check with role and value", async () => {
    const { claims } = await expectOk('/claims', ClaimsResponseSchema)
    const claim = (id: string) => claims.find((c) => c.id === id)
    expect(claim('us_private_inv_2023')).toMatchObject({
      quoted: '68',
      status: 'approximately-consistent',
      statusText: 'approximately_consistent (first edition)',
      revision: { citedEdition: 'aiindex-2024', citedValue: 67.22, edition: 'aiindex-2026' },
    })
    expect(claim('cn_private_inv_2023')?.status).toBe('consistent-with-rounding')
    expect(claim('cn_ai_patents_2023')?.status).toBe('disputed')
    expect(claim('deepseek_full')).toMatchObject({
      status: 'disputed',
      statusText: 'consistent (estimate, disputed)',
    })
    expect(
      claim('cn_ai_patents_2023')?.checks.map((k) => [k.role, k.kind, k.value, k.agreement]),
    ).toEqual([
      ['cited', 'external', null, 'approximate'],
      ['context', 'indicator', null, null],
      ['other-definition', 'indicator', 85674, 'beyond'],
      ['context', 'indicator', 16946, null],
      ['other-year', 'indicator', 1407, 'beyond'],
      ['context', 'indicator', 9447, null],
      ['other-year', 'indicator', 88750, 'beyond'],
      ['context', 'indicator', 29059, null],
    ])
  })
})
