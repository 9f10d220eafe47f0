import type { Claim } from '../../../api/schemas'
import { compareEditions } from './edition-compare'
import { obs } from './fixtures'
import { nearestVerified, openShareClaims, openShareInNote } from './open-claims'
import { patentCounts } from './patent-definitions'

const claim = (id: string, value: number, extra: Partial<Claim> = {}): Claim => ({
  id,
  statement: id,
  value,
  quoted: String(value),
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

describe('open-access claims beside the nearest verified figure', () => {
  it('lists China, EU, US in that order and finds the world count with its note', () => {
    const claims = [
      claim('open_fm_share_us', 60.5),
      claim('x', 1),
      claim('open_fm_share_cn', 90),
      claim('open_fm_share_eu', 100),
    ]
    expect(openShareClaims(claims).map((c) => c.value)).toEqual([90, 100, 60.5])
    const note = '149 foundation models released in 2023, 65.7% open-source (AI Index 2024)'
    const nv = nearestVerified([
      obs('USA', 2023, 109),
      obs('WLD', 2023, 149, { note, edition: 'aiindex-2024' }),
    ])
    expect(nv).toMatchObject({ value: 149, year: 2023, edition: 'aiindex-2024', note })
    expect(openShareInNote(nv?.note ?? null)).toBe(65.7)
  })
  it('gives null when the world figure or the stated share is missing', () => {
    expect(nearestVerified([obs('WLD', 2023, null)])).toBeNull()
    expect(openShareInNote('no share stated')).toBeNull()
    expect(openShareInNote(null)).toBeNull()
  })
})

describe('patentCounts', () => {
  it('keeps the quoted count and the AI Index counts as separate rows', () => {
    const check = (
      entityId: string,
      value: number | null,
      indicatorId: 'ai-patents-granted' | 'gvt-patent-filings' = 'ai-patents-granted',
    ) => ({
      kind: 'indicator' as const,
      role: 'other-definition' as const,
      label: `AI Index 2026: ${entityId} 2023`,
      indicatorId,
      entityId,
      year: 2023,
      edition: 'aiindex-2026' as const,
      pledgeId: null,
      value,
      unit: 'patents',
      sourceId: 's',
      range: null,
      quote: null,
      coverage: null,
      ratio: null,
      comparison: null,
      agreement: null,
    })
    const rows = patentCounts([
      claim('cn_ai_patents_2023', 44150, {
        status: 'disputed',
        year: 2023,
        checks: [
          check('CHN', 85674),
          check('USA', 16946),
          // An edition holding no figure for the point is not listed.
          check('USA', null),
          check('CHN', 88750, 'gvt-patent-filings'),
        ],
      }),
    ])
    expect(rows.map((r) => [r.kind, r.entityId, r.value, r.detail])).toEqual([
      ['quoted', 'CHN', 44150, 'unverified'], // its statusText, as the curator wrote it
      ['data', 'CHN', 85674, 'Granted AI patents (not applications)'],
      ['data', 'USA', 16946, 'Granted AI patents (not applications)'],
      ['data', 'CHN', 88750, 'AI patent filings (applications, not grants)'],
    ])
    expect(patentCounts([])).toEqual([])
  })
})

describe('compareEditions', () => {
  it('pairs the CSV and the chart values, difference only when both exist', () => {
    const rows = compareEditions(
      [obs('USA', 2025, 50), obs('CHN', 2025, 30), obs('EUROPE', 2025, 2), obs('USA', 2024, 57)],
      [obs('USA', 2025, 59), obs('CHN', 2025, 35), obs('KOR', 2025, 8), obs('EUROPE', 2025, 2)],
      2025,
      () => true,
    )
    expect(rows).toEqual([
      { entityId: 'USA', csv: 50, charts: 59, difference: 9 },
      { entityId: 'CHN', csv: 30, charts: 35, difference: 5 },
      { entityId: 'KOR', csv: null, charts: 8, difference: null },
      { entityId: 'EUROPE', csv: 2, charts: 2, difference: 0 },
    ])
  })
})
