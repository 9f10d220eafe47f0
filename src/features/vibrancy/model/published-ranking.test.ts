import type { VibrancyResponse } from '../../../api/schemas'
import {
  missingRanks,
  outsideText,
  publishedRows,
  rankHistory,
  rankSpan,
} from './published-ranking'

const edition = (
  id: 'gvt-2022' | 'gvt-2024' | 'gvt-2025',
  dataYear: number,
  topN: number,
  ranks: Record<string, number>,
  scores: Record<string, number> = {},
): VibrancyResponse => ({
  edition: id,
  dataYear,
  dataYears: [dataYear],
  publishedTopN: topN,
  entries: Object.entries(ranks).map(([entityId, rank]) => ({
    entityId,
    rank,
    score: scores[entityId] ?? null,
    pillarScores: null,
    sourceId: 's',
    note: null,
  })),
})

const gvt2024 = edition('gvt-2024', 2023, 4, { USA: 1, CHN: 2, GBR: 3, FRA: 4 }, { USA: 70 })
const gvt2025 = edition('gvt-2025', 2024, 3, { USA: 1, CHN: 2, ESP: 3 }, { USA: 78.6 })
const all = () => true
const name = (id: string) => id.toLowerCase()

describe('published ranking', () => {
  it('lists ranks in order with scores only where published', () => {
    expect(publishedRows(gvt2024, all, [], name).map((r) => [r.entityId, r.rank, r.score])).toEqual(
      [
        ['USA', 1, 70],
        ['CHN', 2, null],
        ['GBR', 3, null],
        ['FRA', 4, null],
      ],
    )
  })

  it('marks extra countries in view as outside the top N, never with a guessed rank', () => {
    const europe = (id: string) => ['GBR', 'FRA', 'ESP', 'DEU'].includes(id)
    expect(
      publishedRows(gvt2025, europe, ['FRA', 'GBR', 'DEU', 'USA', 'FRA'], name).map((r) => [
        r.entityId,
        r.rank,
      ]),
    ).toEqual([
      ['ESP', 3],
      ['FRA', null],
      ['GBR', null],
      ['DEU', null],
    ])
  })

  // A release with several data years and a rank missing from its copy, then two releases of one.
  const copy2020 = edition('gvt-2022', 2020, 4, { USA: 1, CHN: 2, FRA: 4 })
  const copy2021 = edition('gvt-2022', 2021, 4, { USA: 1, FRA: 2, CHN: 3 })
  const label = (e: string) => e.toUpperCase()

  it('finds the ranks a copy skips, and says so of the countries outside it', () => {
    expect(missingRanks(copy2020)).toEqual([3])
    expect(missingRanks(gvt2024)).toEqual([])
    expect(outsideText(copy2020)).toBe('not among the 3 countries listed')
    expect(outsideText(gvt2025)).toBe('not in the published top 3')
  })

  it('lays out every data year of every release, grouped by release, movement only within one', () => {
    const history = rankHistory([gvt2025, copy2021, gvt2024, copy2020], all, name, label)
    expect(history.columns.map((c) => [c.edition, c.dataYear])).toEqual([
      ['gvt-2022', 2020],
      ['gvt-2022', 2021],
      ['gvt-2024', 2023],
      ['gvt-2025', 2024],
    ])
    expect(history.groups).toEqual([
      { edition: 'gvt-2022', years: [2020, 2021] },
      { edition: 'gvt-2024', years: [2023] },
      { edition: 'gvt-2025', years: [2024] },
    ])
    expect(history.rows.map((r) => [r.entityId, r.ranks, r.changes])).toEqual([
      // In the latest ranking, in its order …
      ['USA', [1, 1, 1, 1], [0, null, null]],
      ['CHN', [2, 3, 2, 2], [-1, null, null]],
      ['ESP', [null, null, null, 3], [null, null, null]],
      // … then by the latest ranking a country is in: GBR 3rd and FRA 4th in 2023.
      ['GBR', [null, null, 3, null], [null, null, null]],
      ['FRA', [4, 2, 4, null], [2, null, null]],
    ])
    // France 4 → 2 within the 2022 release; 4th in 2024's; nothing read across releases.
    expect(history.rows.find((r) => r.entityId === 'FRA')?.reading).toBe(
      'fra: 4 → 2 (GVT-2022, 2020–2021 data); 4 (GVT-2024, 2023 data); not in the published top 3 (GVT-2025, 2024 data)',
    )
    expect(history.rows.find((r) => r.entityId === 'ESP')?.reading).toBe(
      'esp: not among the 3 countries listed (GVT-2022, 2020–2021 data); not in the published top 4 (GVT-2024, 2023 data); 3 (GVT-2025, 2024 data)',
    )
    expect(rankHistory([gvt2024, gvt2025], (id) => id === 'FRA', name, label).rows).toHaveLength(1)
    expect(rankHistory([], all, name, label)).toEqual({ columns: [], groups: [], rows: [] })
  })

  it('spans the movement chart from the best to the worst rank shown', () => {
    const rows = (include: (id: string) => boolean) =>
      rankHistory([gvt2024, gvt2025], include, name, label).rows
    expect(rankSpan(rows(all))).toEqual([1, 4])
    // A region with France (4th, then out) and Spain (new at 3rd): ranks 3–4 only.
    expect(rankSpan(rows((id) => id === 'FRA' || id === 'ESP'))).toEqual([3, 4])
    expect(rankSpan(rows((id) => id === 'CHN'))).toEqual([2, 2])
    expect(rankSpan([])).toBeNull()
  })
})
