import type { VibrancyResponse } from '../../../api/schemas'
import { publishedRows, rankMovement, rankSpan } from './published-ranking'

const edition = (
  id: 'gvt-2024' | 'gvt-2025',
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

  it('reads the movement between editions', () => {
    expect(
      rankMovement([gvt2025, gvt2024], all, name).map((r) => [
        r.entityId,
        r.ranks,
        r.change,
        r.reading,
      ]),
    ).toEqual([
      ['USA', [1, 1], 0, 'usa 1 → 1 (unchanged)'],
      ['CHN', [2, 2], 0, 'chn 2 → 2 (unchanged)'],
      ['ESP', [null, 3], null, 'esp new at 3 (not in the published top 4 before)'],
      ['GBR', [3, null], null, 'gbr 3 → not in the published top 3'],
      ['FRA', [4, null], null, 'fra 4 → not in the published top 3'],
    ])
    expect(rankMovement([gvt2024, gvt2025], (id) => id === 'FRA', name)).toHaveLength(1)
    expect(rankMovement([], all, name)).toEqual([])
  })

  it('spans the movement chart from the best to the worst rank shown', () => {
    expect(rankSpan(rankMovement([gvt2024, gvt2025], all, name))).toEqual([1, 4])
    // A region with France (4th, then out) and Spain (new at 3rd): ranks 3–4 only.
    const region = (id: string) => id === 'FRA' || id === 'ESP'
    expect(rankSpan(rankMovement([gvt2024, gvt2025], region, name))).toEqual([3, 4])
    expect(rankSpan(rankMovement([gvt2024, gvt2025], (id) => id === 'CHN', name))).toEqual([2, 2])
    expect(rankSpan([])).toBeNull()
  })
})
