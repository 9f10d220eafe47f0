/**
 * The Research & talent panel's pure series code against the sourced fixtures (served by the
 * mock repository as the API serves them), with hand-checked values from mocks/data.
 */
import { createRepository } from '../../../../mocks/service/repository'
import { sourcedDataset } from '../../../../mocks/service/sourced-dataset'
import type { IndicatorId } from '../../../api/schemas'
import { formatPercent } from '../../../lib/format'
import { leadingSeries, measuresForYear, yearSeries } from './series'
import { SHARE_ORDER } from '../figures'

const repo = createRepository(sourcedDataset)
const obs = (id: IndicatorId, edition: 'aiindex-2026' | 'gvt-2022') =>
  repo.indicator(id, { edition, from: null, to: null, entities: null }).observations
const all = () => true
const valueOf = (s: { entityId: string; values: readonly (number | null)[] }[], id: string) =>
  s.find((x) => x.entityId === id)?.values

describe('yearSeries: publication shares by area', () => {
  const shares = obs('ai-publications-share', 'aiindex-2026')

  it('keeps the six areas as published, China first, then the US and Europe', () => {
    const { years, series } = yearSeries(shares, all, null, SHARE_ORDER)
    expect(years).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024])
    expect(series.map((s) => s.entityId)).toEqual(['CHN', 'USA', 'EUROPE', 'IND', 'ROW', 'UNKNOWN'])
  })

  it('2023: China 23.07…% (23.1%), the US 9.20…% (9.2%), Unknown 20.6%: shares stay shares', () => {
    const { years, series } = yearSeries(shares, all, [2022, 2024], SHARE_ORDER)
    expect(years).toEqual([2022, 2023, 2024])
    expect(valueOf(series, 'CHN')?.[1]).toBeCloseTo(23.07400461783612, 12)
    expect(valueOf(series, 'USA')?.[1]).toBeCloseTo(9.202429603292467, 12)
    expect(formatPercent(valueOf(series, 'CHN')?.[1])).toBe('23.1%')
    expect(formatPercent(valueOf(series, 'USA')?.[1])).toBe('9.2%')
    expect(formatPercent(valueOf(series, 'UNKNOWN')?.[1])).toBe('20.6%')
    // 2024: Unknown rises to 39.25%; China's share reads 17.76%.
    expect(valueOf(series, 'UNKNOWN')?.[2]).toBeCloseTo(39.24781037095098, 12)
    expect(valueOf(series, 'CHN')?.[2]).toBeCloseTo(17.755328418113297, 12)
  })

  it('follows the scope: only the areas it includes, and nothing outside the range', () => {
    const { series } = yearSeries(shares, (id) => id === 'CHN' || id === 'USA', [2030, 2031])
    expect(series).toEqual([])
    const two = yearSeries(shares, (id) => id === 'CHN' || id === 'USA', null, SHARE_ORDER)
    expect(two.series.map((s) => s.entityId)).toEqual(['CHN', 'USA'])
  })
})

describe('yearSeries: gaps stay gaps', () => {
  it('the UAE’s AI job postings start in 2020: 2014–2019 are null, never zero or filled', () => {
    const { years, series } = yearSeries(obs('ai-job-postings-share', 'aiindex-2026'), all, null)
    expect(years[0]).toBe(2014)
    const uae = valueOf(series, 'ARE') ?? []
    expect(uae.slice(0, 6)).toEqual([null, null, null, null, null, null])
    expect(uae[6]).not.toBeNull()
    // The US: 0.5615% in 2014, 2.5554% in 2025, every year present.
    expect(valueOf(series, 'USA')?.[0]).toBe(0.5615)
    expect(valueOf(series, 'USA')?.[11]).toBe(2.5554)
  })
})

describe('leadingSeries: GVT 2022 journal citations', () => {
  const citations = obs('gvt-journal-citations', 'gvt-2022')

  it('the 3 most cited in 2021: China 52,960, the US 33,187, the UK 13,475', () => {
    const { series } = yearSeries(citations, all, null)
    const top = leadingSeries(series, 3, null)
    expect(top.map((s) => [s.entityId, s.values.at(-1)])).toEqual([
      ['CHN', 52960],
      ['USA', 33187],
      ['GBR', 13475],
    ])
  })

  it('adds the highlighted country after them when it is not among them', () => {
    const { series } = yearSeries(citations, all, null)
    expect(leadingSeries(series, 2, 'ITA').map((s) => s.entityId)).toEqual(['CHN', 'USA', 'ITA'])
    expect(leadingSeries(series, 2, 'USA').map((s) => s.entityId)).toEqual(['CHN', 'USA'])
  })
})

describe('measuresForYear: the GVT 2022 table and the most-cited papers', () => {
  it('2021: China 60,066 journal and 21,691 conference publications, the US 26,461 and 13,271', () => {
    const rows = measuresForYear(
      [obs('gvt-journal-publications', 'gvt-2022'), obs('gvt-conference-publications', 'gvt-2022')],
      2021,
      all,
    )
    expect(rows).toHaveLength(29)
    expect(rows.find((r) => r.entityId === 'CHN')?.values).toEqual([60066, 21691])
    expect(rows.find((r) => r.entityId === 'USA')?.values).toEqual([26461, 13271])
  })

  it('2023 most-cited AI papers: US 50, China 34 (never summed over areas)', () => {
    const rows = measuresForYear([obs('top-cited-ai-publications', 'aiindex-2026')], 2023, all)
    expect(rows).toHaveLength(10)
    expect(rows.find((r) => r.entityId === 'USA')?.values).toEqual([50])
    expect(rows.find((r) => r.entityId === 'CHN')?.values).toEqual([34])
  })

  it('a measure without the country reads null (no data)', () => {
    const rows = measuresForYear(
      [
        obs('top-ai-authors-inventors', 'aiindex-2026'),
        obs('ai-talent-concentration', 'aiindex-2026'),
      ],
      2025,
      (id) => id === 'USA' || id === 'CYP',
    )
    expect(rows.find((r) => r.entityId === 'CYP')?.values[0]).toBeNull()
    expect(rows.find((r) => r.entityId === 'USA')?.values[1]).toBeNull()
  })
})
