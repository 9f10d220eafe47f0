/**
 * The refresh's diff report, in Markdown: what a reviewer reads before committing a vintage
 * (printed, and kept as diff.md in the vintage's folder). Figures are printed as the app holds
 * them (JavaScript's shortest exact text of the double): never rounded, never abbreviated.
 */
import type { Manifest } from '../data/vintage-manifest'
import type { PointChange, SeriesDiff } from './diff'

/** What became of one fetched vintage. */
export type VintageStatus =
  | { readonly kind: 'new'; readonly against: string; readonly series: readonly SeriesDiff[] }
  | { readonly kind: 'present' }
  | { readonly kind: 'not-newer'; readonly against: string; readonly published: string }
  | { readonly kind: 'unchanged'; readonly against: string }

export interface VintageReport {
  readonly manifest: Manifest
  readonly status: VintageStatus
}

export interface ReportContext {
  readonly retrievedAt: string
  /** Where the answers came from, in words ("the live APIs", "recorded responses in …"). */
  readonly from: string
  readonly dryRun: boolean
  /** Entity id → display name, for the tables. */
  readonly names: ReadonlyMap<string, string>
  /** Indicator id → label. */
  readonly indicators: ReadonlyMap<string, string>
}

/** 2010, 2011, 2012, 2015 → "2010–2012, 2015". */
export function yearRanges(years: readonly number[]): string {
  const runs: [number, number][] = []
  for (const year of years) {
    const last = runs.at(-1)
    if (last !== undefined && year === last[1] + 1) last[1] = year
    else runs.push([year, year])
  }
  return runs.length === 0
    ? 'none'
    : runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ')
}

const figure = (value: number | null) => (value === null ? 'no data' : String(value))
const figures = (n: number) => `${n} figure${n === 1 ? '' : 's'}`
const code = (text: string) => `\`${text}\``

function changeTable(
  title: string,
  changes: readonly PointChange[],
  d: SeriesDiff,
  ctx: ReportContext,
): string[] {
  if (changes.length === 0) return [`**${title}:** none`, '']
  return [
    `**${title} (${changes.length}):**`,
    '',
    `| entity | year | ${code(d.oldEdition)} | ${code(d.newEdition)} |`,
    '| --- | ---: | ---: | ---: |',
    ...changes.map(
      (c) =>
        `| ${ctx.names.get(c.entityId) ?? c.entityId} (${c.entityId}) | ${c.year} | ${figure(c.old)} | ${figure(c.new)} |`,
    ),
    '',
  ]
}

function idList(title: string, ids: readonly string[], extra = ''): string {
  return ids.length === 0
    ? `**${title}:** none`
    : `**${title} (${ids.length}${extra}):** ${ids.join(', ')}`
}

export function renderSeries(d: SeriesDiff, ctx: ReportContext): string[] {
  const label = ctx.indicators.get(d.indicatorId) ?? d.indicatorId
  return [
    `### ${label} (${code(d.indicatorId)}): ${code(d.oldEdition)} → ${code(d.newEdition)}`,
    '',
    `| | ${code(d.oldEdition)} | ${code(d.newEdition)} |`,
    '| --- | --- | --- |',
    `| years with data | ${yearRanges(d.oldYears)} | ${yearRanges(d.newYears)} |`,
    `| entities with data | ${d.oldEntities} | ${d.newEntities} |`,
    `| figures | ${d.oldFigures} | ${d.newFigures} |`,
    '',
    d.yearsAdded.length === 0
      ? '**Years added:** none'
      : `**Years added:** ${yearRanges(d.yearsAdded)} (${figures(d.figuresInAddedYears)} for entities already there)`,
    '',
    `**Years dropped:** ${yearRanges(d.yearsDropped)}`,
    '',
    idList(
      'Entities added',
      d.entitiesAdded.map((id) => `${ctx.names.get(id) ?? id} (${id})`),
      d.entitiesAdded.length > 0 ? `, ${figures(d.figuresOfAddedEntities)}` : '',
    ),
    '',
    idList('Entities dropped', d.entitiesDropped),
    '',
    ...changeTable('Figures revised', d.revised, d, ctx),
    ...changeTable('Figures withdrawn', d.withdrawn, d, ctx),
    ...changeTable('Gaps filled', d.filled, d, ctx),
  ]
}

function provenance(m: Manifest): string[] {
  const lines =
    m.adapter === 'world-bank'
      ? m.files.map(
          (f) =>
            `- ${f.series} → ${f.file}: ${f.url} (${f.pages} page${f.pages === 1 ? '' : 's'}, ${f.records} records, ${f.kept} kept; aggregates dropped: ${f.dropped.length === 0 ? 'none' : f.dropped.join(', ')}; updated ${f.lastUpdated})`,
        )
      : m.files.map(
          (f) =>
            `- ${f.slug} → ${f.file}: ${f.url} and ${f.metadataUrl} (column ${f.valueColumn}, found by ${f.valueColumnBy === 'short-name' ? 'its short name' : 'position'}; ${f.unit}; updated ${f.lastUpdated})`,
        )
  return [...lines, `- Licence: ${m.licence} (${m.licenceUrl}); retrieved ${m.retrievedAt}`, '']
}

function renderVintage({ manifest: m, status }: VintageReport, ctx: ReportContext): string[] {
  const title = `## ${code(m.edition.id)}: ${m.edition.label}`
  switch (status.kind) {
    case 'present':
      return [title, '', 'Not written: this edition is already in data/sources.', '']
    case 'not-newer':
      return [
        title,
        '',
        `Not written: not newer than ${code(status.against)} (published ${status.published || 'undated'}).`,
        '',
      ]
    case 'unchanged':
      return [
        title,
        '',
        `Not written: its figures are exactly those of ${code(status.against)}.`,
        '',
        ...provenance(m),
      ]
    case 'new':
      return [
        title,
        '',
        `A new edition, compared with ${code(status.against)}${ctx.dryRun ? ' (dry run: not written)' : ''}.`,
        '',
        ...provenance(m),
        ...status.series.flatMap((d) => renderSeries(d, ctx)),
      ]
  }
}

export function renderReport(reports: readonly VintageReport[], ctx: ReportContext): string {
  return [
    '# Data refresh: what the new vintages change',
    '',
    `Retrieved ${ctx.retrievedAt} from ${ctx.from}.${ctx.dryRun ? ' Dry run: nothing was written.' : ''}`,
    'Each new vintage is a new edition (the old ones stay as they are), compared with the newest edition of the same series already in data/sources.',
    '',
    ...reports.flatMap((r) => renderVintage(r, ctx)),
  ]
    .join('\n')
    .replace(/\n+$/, '\n')
}
