/**
 * The Global AI Vibrancy Tool as released with the AI Index 2022, from a third-party XLSX copy
 * of its export (SOURCES.md S13, gvt_2022_release.csv): a published Vibrancy edition with real
 * overall and pillar scores for 29 countries and data years 2017–2021, and its 13 raw
 * indicators as observations. The stored doubles are kept as they are; the UI rounds.
 */
import type { FixtureEdition, FixtureIndicator, FixtureVibrancyEntry } from '../../mocks/data/types'
import { cell, compare, noteOf, requireInteger, requireNumber, type Table } from './csv'
import type { EditionRule } from './editions'
import { resolveEntity, type Context } from './entities'
import { longFormSource, type LongFormFile, type LongFormSeries } from './long-form'

const LABEL = 'GVT 2022 release (AI Index 2022, data years 2017-2021)'
const DATA_YEARS = [2017, 2018, 2019, 2020, 2021] as const

/**
 * The rank absent from the copy in each data year: ranks run 1–30 with one country missing.
 * Checked against the data, since the edition note states it.
 */
const MISSING_RANK: Readonly<Record<number, number>> = {
  2017: 9,
  2018: 11,
  2019: 9,
  2020: 19,
  2021: 15,
}

export const GVT_2022_EDITION: FixtureEdition = {
  id: 'gvt-2022',
  label: 'Global AI Vibrancy Tool 2022 (third-party copy)',
  publisher: 'Stanford HAI (Global AI Vibrancy Tool)',
  // SOURCES.md names the release (AI Index 2022) but no publication date.
  published: '2022',
  kind: 'vibrancy',
  note: 'The Global AI Vibrancy Tool as released with the AI Index 2022 (data years 2017–2021), known only from a third-party XLSX copy of the tool’s export in a student project on GitHub; where that file came from was not identified, and no data licence was found. It holds 29 countries, 13 of the tool’s 23 indicators (its R&D and Economy pillars), the two pillar scores and an overall score that is their mean: equal pillar weights, one setting of a tool whose weights users could change. One ranked country is missing from the copy each year (ranks run 1–30 with one absent: 9 in 2017, 11 in 2018, 9 in 2019, 19 in 2020, 15 in 2021). Scores are relative to the countries compared and not comparable with the GVT 2024 and 2025 editions.',
}

const RULES: readonly EditionRule[] = [{ label: LABEL, edition: 'gvt-2022' }]

const COPY = 'in the Global AI Vibrancy Tool’s AI Index 2022 release (third-party copy)'
const PUBLICATIONS =
  'Counted by venue type, unlike the AI Index 2026 series of AI publications in CS (all venues), and the counting method is not stated: the two are not one series.'
const CITATIONS =
  'Citations to the publications of each year as counted when the data was extracted; recent years are far from complete (China’s journal citations: 258,767 for 2020, 52,960 for 2021), so a fall is not a decline.'

function gvt(
  id: FixtureIndicator['id'],
  label: string,
  unit: string,
  pillar: 'economy' | 'research',
  summable: boolean,
  description: string,
): FixtureIndicator {
  return {
    id,
    label: `${label} (GVT 2022 release)`,
    shortLabel: `${label} (GVT 2022)`,
    unit,
    pillar,
    perCapitaAble: summable,
    aggregation: summable ? 'sum' : 'none',
    description,
  }
}

export const GVT_2022_INDICATORS: readonly FixtureIndicator[] = [
  gvt(
    'gvt-private-investment',
    'AI private investment',
    'US$ (unit not stated in the file)',
    'economy',
    true,
    `AI private investment by country, 2017–21, ${COPY}. The file does not state the unit; the values read as US$ (the US 2021 value 52,872,119,257 matches the AI Index 2022's "$52.9 billion"). Kept as given: not converted to billions and not one series with the AI Index investment editions.`,
  ),
  gvt(
    'gvt-newly-funded-companies',
    'Newly funded AI companies',
    'companies',
    'economy',
    true,
    `Newly funded AI companies by country, 2017–21, ${COPY}.`,
  ),
  gvt(
    'gvt-journal-publications',
    'AI journal publications',
    'publications',
    'research',
    true,
    `AI journal publications by country, 2017–21, ${COPY}. ${PUBLICATIONS}`,
  ),
  gvt(
    'gvt-conference-publications',
    'AI conference publications',
    'publications',
    'research',
    true,
    `AI conference publications by country, 2017–21, ${COPY}. ${PUBLICATIONS}`,
  ),
  gvt(
    'gvt-repository-publications',
    'AI repository publications',
    'publications',
    'research',
    true,
    `AI repository publications (preprint servers) by country, 2017–21, ${COPY}. ${PUBLICATIONS}`,
  ),
  gvt(
    'gvt-journal-citations',
    'Citations of AI journal publications',
    'citations',
    'research',
    true,
    `Citations of AI journal publications by country, 2017–21, ${COPY}. ${CITATIONS}`,
  ),
  gvt(
    'gvt-conference-citations',
    'Citations of AI conference publications',
    'citations',
    'research',
    true,
    `Citations of AI conference publications by country, 2017–21, ${COPY}. ${CITATIONS}`,
  ),
  gvt(
    'gvt-repository-citations',
    'Citations of AI repository publications',
    'citations',
    'research',
    true,
    `Citations of AI repository publications by country, 2017–21, ${COPY}. ${CITATIONS}`,
  ),
  gvt(
    'gvt-patent-filings',
    'AI patent filings',
    'patent filings',
    'research',
    true,
    `AI patent filings by country, 2017–21, ${COPY} (the file's column is spelled 'fillings'). Filings are applications, not grants; not the AI Index's granted-patent series.`,
  ),
  gvt(
    'gvt-patent-grants',
    'AI patent grants',
    'patent grants',
    'research',
    true,
    `AI patent grants by country, 2017–21, ${COPY}. Patent definitions differ between sources: not one series with the AI Index's granted AI patents.`,
  ),
  gvt(
    'gvt-year-h-index',
    'year_h_index',
    'index (unit not stated)',
    'economy',
    false,
    `The file's column year_h_index, 2017–21, ${COPY}, kept under its own name. It is probably LinkedIn's AI hiring index, not an h-index: its values run 0.855–1.422, its gaps are the six countries without talent concentration, it sits in the economy pillar, and India's 2021 lead matches the AI Index 2022's "AI Hiring Index" text. The file does not say. '-' in the source is no data (null).`,
  ),
  gvt(
    'gvt-relative-ai-skill-penetration',
    'Relative AI skill penetration',
    'ratio (unit not stated)',
    'economy',
    false,
    `LinkedIn relative AI skill penetration by country, 2017–21, ${COPY}; the file gives no definition. '-' in the source is no data (null).`,
  ),
  gvt(
    'gvt-ai-talent-concentration',
    'AI talent concentration',
    'unit not stated in the file',
    'economy',
    false,
    `LinkedIn AI talent concentration by country, 2017–21, ${COPY}, kept as the fraction-like number given. '-' in the source is no data (null).`,
  ),
]

function raw(csv: string, id: LongFormSeries['id'], csvUnit: string): LongFormSeries {
  return { csv, id, csvUnit }
}

/** CSV columns of the ranking itself, read by `buildGvt2022Vibrancy`. */
const RANKING = { economy: 'econ_pillar', research: 'rd_pillar', score: 'vibrancy', rank: 'rank' }

export const GVT_2022_FILE: LongFormFile = {
  file: 'gvt_2022_release.csv',
  time: 'year',
  editions: RULES,
  readElsewhere: Object.values(RANKING),
  // Every row cites the one XLSX; the citation says what it is.
  source: {
    id: 'gvt-2022-release',
    citation:
      'Stanford HAI, Global AI Vibrancy Tool, AI Index 2022 release (29 countries, data years 2017–2021) — third-party XLSX copy of unidentified origin on GitHub (jackoluciano/TubesLiDIA)',
  },
  series: [
    raw('private_investment', 'gvt-private-investment', 'US$'),
    raw('number_of_newly_funded_companies', 'gvt-newly-funded-companies', 'count'),
    raw('number_of_total_journal_publications', 'gvt-journal-publications', 'count'),
    raw('number_of_total_conference_publications', 'gvt-conference-publications', 'count'),
    raw('number_of_total_repository_publications', 'gvt-repository-publications', 'count'),
    raw('number_of_total_journal_citations', 'gvt-journal-citations', 'count'),
    raw('number_of_total_conference_citations', 'gvt-conference-citations', 'count'),
    raw('number_of_total_repository_citations', 'gvt-repository-citations', 'count'),
    raw('number_of_total_patent_fillings', 'gvt-patent-filings', 'count'),
    raw('number_of_total_patent_grants', 'gvt-patent-grants', 'count'),
    raw('year_h_index', 'gvt-year-h-index', 'index (unit not stated)'),
    raw('relative_ai_skill_pen', 'gvt-relative-ai-skill-penetration', 'ratio (unit not stated)'),
    raw('ai_talent_concentration', 'gvt-ai-talent-concentration', 'unit not stated'),
  ],
}

const RANKING_UNITS: Readonly<Record<string, string>> = {
  econ_pillar: 'score (mean of normalised 0-100 indicators)',
  rd_pillar: 'score (mean of normalised 0-100 indicators)',
  vibrancy: 'score (mean of econ_pillar and rd_pillar)',
  rank: 'rank',
}

interface Cell {
  readonly value: number
  readonly note: string | null
  readonly sourceId: string
}

/**
 * The published ranking: one entry per country and data year, with the overall score, both
 * pillar scores and the rank exactly as stored. Throws unless every country-year has all four,
 * the overall score is the pillars' mean (the equal weights the edition note states), each
 * year's ranks are distinct and the one missing rank is the expected one.
 */
export function buildGvt2022Vibrancy(ctx: Context, table: Table): FixtureVibrancyEntry[] {
  const cells = new Map<string, Map<string, Cell>>()
  const ranking = new Set(Object.values(RANKING))
  table.rows.forEach((row, i) => {
    const where = `${table.file}:${i + 2}`
    const indicator = cell(row, 'indicator')
    if (!ranking.has(indicator)) return
    if (cell(row, 'edition') !== LABEL) throw new Error(`${where}: unexpected edition`)
    if (cell(row, 'unit') !== RANKING_UNITS[indicator]) throw new Error(`${where}: unexpected unit`)
    const year = requireInteger(cell(row, 'year'), where)
    const entityId = resolveEntity(ctx, cell(row, 'iso3'), cell(row, 'country'), LABEL, where)
    const key = `${year}|${entityId}`
    const byIndicator = cells.get(key) ?? new Map<string, Cell>()
    if (byIndicator.has(indicator)) throw new Error(`${where}: duplicate ${indicator} ${key}`)
    byIndicator.set(indicator, {
      value: requireNumber(cell(row, 'value'), where),
      note: noteOf(row),
      sourceId: longFormSource(ctx, GVT_2022_FILE, row),
    })
    cells.set(key, byIndicator)
  })
  const entries = [...cells].map(([key, byIndicator]): FixtureVibrancyEntry => {
    const [yearText = '', entityId = ''] = key.split('|')
    const get = (indicator: string) => {
      const found = byIndicator.get(indicator)
      if (found === undefined) throw new Error(`gvt_2022_release.csv: no ${indicator} for ${key}`)
      return found
    }
    const economy = get(RANKING.economy).value
    const research = get(RANKING.research).value
    const score = get(RANKING.score)
    // The file stores ~10 significant digits, so the mean matches to about 1e-8.
    if (Math.abs((economy + research) / 2 - score.value) > 1e-7) {
      throw new Error(`gvt_2022_release.csv: ${key} score is not the mean of its pillars`)
    }
    const rank = get(RANKING.rank).value
    if (!Number.isInteger(rank) || rank < 1) throw new Error(`gvt_2022_release.csv: ${key} rank`)
    return {
      edition: 'gvt-2022',
      dataYear: Number(yearText),
      entityId,
      rank,
      score: score.value,
      pillarScores: { economy, research },
      sourceId: score.sourceId,
      note: score.note,
    }
  })
  for (const year of DATA_YEARS)
    assertRanks(
      entries.filter((e) => e.dataYear === year),
      year,
    )
  if (entries.length !== DATA_YEARS.length * 29) {
    throw new Error(`gvt_2022_release.csv: ${entries.length} country-years, expected 145`)
  }
  return entries.sort(
    (a, b) => a.dataYear - b.dataYear || a.rank - b.rank || compare(a.entityId, b.entityId),
  )
}

function assertRanks(entries: readonly FixtureVibrancyEntry[], year: number): void {
  const ranks = new Set(entries.map((e) => e.rank))
  const missing = Array.from({ length: 30 }, (_, i) => i + 1).filter((r) => !ranks.has(r))
  if (ranks.size !== entries.length || missing.length !== 1 || missing[0] !== MISSING_RANK[year]) {
    throw new Error(
      `gvt_2022_release.csv: ranks of ${year} are not 1–30 less ${MISSING_RANK[year]}`,
    )
  }
}
