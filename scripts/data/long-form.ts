/**
 * Reader of the long-form CSVs (one figure per row: year or period, country, iso3, indicator,
 * value, unit, edition, source, source_type, notes): publications, companies, talent, compute,
 * models_open_source, adoption, policy, period_values and the GVT 2022 release. A file is
 * described by a table of its CSV indicators; every row must match it, with the stated unit.
 */
import type { FixtureObservation, IndicatorId } from '../../mocks/data/types'
import {
  cell,
  isClaimRow,
  lastYearOfPeriod,
  noteOf,
  parseNumber,
  readCsv,
  requireInteger,
  type Row,
  type Table,
} from './csv'
import { editionFor, type EditionRule } from './editions'
import { resolveEntity, type Context } from './entities'
import { observationKey, type Draft } from './observations'
import { rowSource } from './sources'

/** One CSV `indicator` value and the contract indicator its rows feed. */
export interface LongFormSeries {
  readonly csv: string
  readonly id: IndicatorId
  /** The CSV's `unit` text on every row of the series; another text throws. */
  readonly csvUnit: string
  /** Only rows of these edition labels (when one CSV name feeds two indicators). */
  readonly labels?: readonly string[]
}

export interface LongFormFile {
  readonly file: string
  /** `year`: one data year per row; `period`: a value over several years ("2013-2025"). */
  readonly time: 'year' | 'period'
  readonly series: readonly LongFormSeries[]
  readonly editions: readonly EditionRule[]
  /** CSV indicators another reader takes (the GVT 2022 pillar scores and ranks). */
  readonly readElsewhere?: readonly string[]
  /** Source id and citation for every row, where the label's slug and default citation won't do. */
  readonly source?: { readonly id: string; readonly citation: string }
}

/** The source id of a row of `spec`. */
export function longFormSource(ctx: Context, spec: LongFormFile, row: Row): string {
  const label = cell(row, 'edition')
  if (spec.source === undefined) return rowSource(ctx.sources, row, label)
  const { id, citation } = spec.source
  return ctx.sources.register(label, cell(row, 'source'), cell(row, 'source_type'), id, citation)
}

const COLUMNS = [
  'country',
  'iso3',
  'indicator',
  'value',
  'unit',
  'edition',
  'source',
  'source_type',
]

export function readLongForm(dir: string, spec: LongFormFile): Table {
  return readCsv(dir, spec.file, [spec.time, ...COLUMNS, 'notes'])
}

function seriesOf(spec: LongFormFile, row: Row, where: string): LongFormSeries {
  const name = cell(row, 'indicator')
  const label = cell(row, 'edition')
  const series = spec.series.find(
    (s) => s.csv === name && (s.labels === undefined || s.labels.includes(label)),
  )
  if (series === undefined) {
    throw new Error(`${where}: unknown indicator ${JSON.stringify(name)} under ${label}`)
  }
  if (cell(row, 'unit') !== series.csvUnit) {
    throw new Error(`${where}: unit ${JSON.stringify(cell(row, 'unit'))} for ${series.id}`)
  }
  return series
}

/**
 * One observation per row; an empty value cell is kept as a null observation (the row exists,
 * the figure does not). A `period` file files each value under its period's last year.
 */
export function longFormDrafts(ctx: Context, table: Table, spec: LongFormFile): Draft[] {
  const elsewhere = new Set(spec.readElsewhere ?? [])
  const read: { draft: Draft; label: string; rule: EditionRule }[] = []
  table.rows.forEach((row, i) => {
    const where = `${table.file}:${i + 2}`
    // A quoted claim is never data, in any file.
    if (isClaimRow(row) || elsewhere.has(cell(row, 'indicator'))) return
    const series = seriesOf(spec, row, where)
    const label = cell(row, 'edition')
    const rule = editionFor(spec.editions, label, where)
    const period = spec.time === 'period' ? cell(row, 'period') : null
    const observation: FixtureObservation = {
      indicatorId: series.id,
      entityId: resolveEntity(ctx, cell(row, 'iso3'), cell(row, 'country'), label, where),
      year:
        period === null
          ? requireInteger(cell(row, 'year'), where)
          : lastYearOfPeriod(period, where),
      value: parseNumber(cell(row, 'value'), where),
      edition: rule.edition,
      sourceId: longFormSource(ctx, spec, row),
      period,
      note: noteOf(row),
    }
    read.push({ draft: { observation, where }, label, rule })
  })
  for (const series of spec.series) {
    if (!read.some((r) => r.draft.observation.indicatorId === series.id)) {
      throw new Error(`${table.file}: no rows for ${series.csv} (${series.id})`)
    }
  }
  return withoutRepeats(read)
}

/** Drops the rows of a figure that repeat, with the same value, a point of the figure it repeats. */
function withoutRepeats(
  read: readonly { draft: Draft; label: string; rule: EditionRule }[],
): Draft[] {
  const byKeyAndLabel = new Map(
    read.map((r) => [`${observationKey(r.draft.observation)}|${r.label}`, r.draft]),
  )
  return read.flatMap(({ draft, rule }) => {
    if (rule.repeats === undefined) return [draft]
    const original = byKeyAndLabel.get(`${observationKey(draft.observation)}|${rule.repeats}`)
    if (original === undefined) return [draft]
    if (original.observation.value !== draft.observation.value) {
      throw new Error(
        `${draft.where}: ${String(draft.observation.value)} differs from ${original.where}`,
      )
    }
    return []
  })
}
