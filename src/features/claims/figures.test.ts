import type { Claim } from '../../api/schemas'
import { DEFAULT_VIEW } from '../../domain/view'
import type { ClaimsModel } from './claims-data'
import { scorecardClaims, scorecardFigure, statusCounts } from './figures'

const claim = (id: string, extra: Partial<Claim>): Claim => ({
  id,
  statement: id,
  value: 1,
  quoted: '1',
  unit: '%',
  year: null,
  topic: 'open-models',
  status: 'unverified',
  statusText: 'unverified',
  crossCheck: 'none found',
  seenInPublicCopy: 'no',
  sourceId: 'ing',
  checks: [],
  revision: null,
  ...extra,
})

const CLAIMS = [
  claim('rank', { topic: 'vibrancy', status: 'verified', unit: 'rank', quoted: '6' }),
  claim('inv', {
    topic: 'investment',
    status: 'approximately-consistent',
    unit: 'USD bn (about)',
    quoted: '68',
  }),
  claim('cost', { topic: 'training-cost', status: 'disputed', unit: 'USD bn', quoted: '1.3' }),
  claim('pubs', { topic: 'publications', status: 'unverified', quoted: null, unit: '' }),
]

const model = (claims: readonly Claim[]): ClaimsModel => ({
  claims,
  names: {
    entity: (id) => id,
    edition: (id) => id,
    source: () => ({
      id: 'ing',
      citation: 'ING AI Monthly',
      reference: 'ING',
      url: null,
      licence: 'Quoted figure',
      sourceType: 'news',
    }),
    isCountry: () => true,
    indicator: () => undefined,
    entities: [],
  },
  nameOf: (id) => id,
  statusRule: 'Statuses by one rule.',
})

describe('the claims scorecard', () => {
  it('filters by status and by the panel the placement rule puts a claim in', () => {
    expect(scorecardClaims(CLAIMS, DEFAULT_VIEW).map((c) => c.id)).toEqual([
      'rank',
      'inv',
      'cost',
      'pubs',
    ])
    const models = { claimStatus: null, claimPanel: 'models' } as const
    // Training cost is listed in Models & Patents, publications in Research & talent.
    expect(scorecardClaims(CLAIMS, models).map((c) => c.id)).toEqual(['cost'])
    expect(
      scorecardClaims(CLAIMS, { claimStatus: null, claimPanel: 'research' }).map((c) => c.id),
    ).toEqual(['pubs'])
    expect(
      scorecardClaims(CLAIMS, { claimStatus: 'disputed', claimPanel: 'models' }).map((c) => c.id),
    ).toEqual(['cost'])
    expect(scorecardClaims(CLAIMS, { claimStatus: 'verified', claimPanel: 'models' })).toEqual([])
  })

  it('counts the statuses in the rule’s order', () => {
    expect(statusCounts(CLAIMS)).toBe(
      '4 claims: 1 verified, 1 approximately consistent, 1 unverified, 1 disputed',
    )
    expect(statusCounts([])).toBe('0 claims')
  })

  it('is one table row per claim with its number, status, quote and panel; filtered in words', () => {
    const all = scorecardFigure.state(model(CLAIMS), DEFAULT_VIEW)
    expect(all?.kind).toBe('ready')
    if (all?.kind !== 'ready') return
    expect(all.title).toBe('Claims scorecard: the quoted figures of the debate and their status')
    expect(all.table.rows.map((r) => r.cells)).toEqual([
      [1, 'verified', '6th', 'no data point in what it cites', '', 'AI Vibrancy Ranking'],
      [
        2,
        'approximately consistent',
        'about $68bn',
        'no data point in what it cites',
        '',
        'Private Investment',
      ],
      [3, 'disputed', '$1.3bn', 'no data point in what it cites', '', 'Models & Patents'],
      [
        4,
        'unverified',
        'no figure quoted',
        'no data point in what it cites',
        '',
        'Research & talent',
      ],
    ])
    const none = scorecardFigure.state(model(CLAIMS), {
      ...DEFAULT_VIEW,
      claimStatus: 'contradicted',
      claimPanel: 'vibrancy',
    })
    expect(none?.kind).toBe('empty')
    expect(none?.title).toBe(
      'Claims scorecard: the quoted figures of the debate and their status (contradicted, in AI Vibrancy Ranking)',
    )
  })
})
