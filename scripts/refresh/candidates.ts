/**
 * What the publishers answered, as the vintage folders it would become: the files and the
 * manifest (scripts/data/vintage-manifest.ts). Nothing is written here. The edition id is the
 * publisher's update month (wdi-2025-07, owid-2026-04), so the same vintage fetched twice has
 * the same id and is recognised, and a newer one is a new edition.
 */
import { LICENCE_OWID, LICENCE_WDI } from '../data/sources'
import { MANIFEST_FILE, type Manifest } from '../data/vintage-manifest'
import type { OwidAnswer } from './owid'
import { keepCountries, worldBankCsv, type WdiSeries, type WorldBankAnswer } from './world-bank'

/** A vintage not yet written: its manifest and the text of each of its files. */
export interface Candidate {
  readonly manifest: Manifest
  /** File name → content, the manifest included. */
  readonly files: ReadonlyMap<string, string>
}

export interface Retrieval {
  /** When the answers were fetched (ISO date-time). */
  readonly retrievedAt: string
  readonly origin: Manifest['origin']
}

const CC_BY_4 = 'https://creativecommons.org/licenses/by/4.0/'

/** The newest of the publisher's update dates: a vintage is as new as its newest file. */
function newest(dates: readonly string[]): string {
  const date = [...dates].sort().at(-1)
  if (date === undefined) throw new Error('a vintage needs at least one file')
  return date
}

/** The edition of a vintage: `<prefix>-<update month>`, dated by the publisher's update. */
function editionOf(
  prefix: string,
  kind: Manifest['edition']['kind'],
  published: string,
  label: string,
  close = '',
): Manifest['edition'] {
  return {
    id: `${prefix}-${published.slice(0, 7)}`,
    kind,
    year: Number(published.slice(0, 4)),
    label: `${label} ${published}${close}`,
    published,
  }
}

function withManifest(manifest: Manifest, files: [string, string][]): Candidate {
  return {
    manifest,
    files: new Map([...files, [MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`]]),
  }
}

/**
 * The same vintage under a day-precise id (wdi-2025-07-15): for a second update within a month,
 * whose month id an earlier vintage already has.
 */
export function withDayId(candidate: Candidate): Candidate {
  const { edition } = candidate.manifest
  const id = `${edition.id.replace(/-\d{4}-\d{2}$/, '')}-${edition.published}`
  const files = [...candidate.files].filter(([name]) => name !== MANIFEST_FILE)
  return withManifest({ ...candidate.manifest, edition: { ...edition, id } }, files)
}

export interface WorldBankFetched {
  readonly spec: WdiSeries
  readonly answer: WorldBankAnswer
}

/** The WDI vintage: population.csv and gdp.csv of the countries (and WLD). */
export function worldBankCandidate(
  fetched: readonly WorldBankFetched[],
  countryIds: ReadonlySet<string>,
  retrieval: Retrieval,
): Candidate {
  const published = newest(fetched.map((f) => f.answer.lastUpdated))
  const parts = fetched.map(({ spec, answer }) => {
    const { kept, dropped } = keepCountries(answer.records, countryIds)
    return {
      text: worldBankCsv(kept, spec.column),
      file: {
        file: spec.file,
        indicatorId: spec.indicatorId,
        series: spec.series,
        column: spec.column,
        url: answer.url,
        pages: answer.pages,
        records: answer.records.length,
        kept: kept.length,
        dropped: [...dropped],
        lastUpdated: answer.lastUpdated,
        wbSource: answer.sourceId,
      },
    }
  })
  const manifest: Manifest = {
    edition: editionOf('wdi', 'reference', published, 'World Bank WDI (population, GDP), updated'),
    publisher: 'World Bank (World Development Indicators)',
    licence: LICENCE_WDI,
    licenceUrl: CC_BY_4,
    ...retrieval,
    adapter: 'world-bank',
    files: parts.map((p) => p.file),
  }
  return withManifest(
    manifest,
    parts.map((p) => [p.file.file, p.text]),
  )
}

/** The OWID vintage: each chart's CSV and metadata as answered. */
export function owidCandidate(answers: readonly OwidAnswer[], retrieval: Retrieval): Candidate {
  const published = newest(answers.map((a) => a.lastUpdated))
  const files = answers.map((a) => ({
    file: `${a.series.slug}.csv`,
    metadataFile: `${a.series.slug}.metadata.json`,
    slug: a.series.slug,
    url: a.url,
    metadataUrl: a.metadataUrl,
    valueColumn: a.valueColumn,
    valueColumnBy: a.valueColumnBy,
    unit: a.unit,
    lastUpdated: a.lastUpdated,
  }))
  const holds = answers.map((a) => a.series.label).join('; ')
  const manifest: Manifest = {
    edition: editionOf('owid', 'owid', published, `Our World in Data, ${holds} (updated`, ')'),
    publisher: `Our World in Data (data: ${[...new Set(answers.map((a) => a.series.origin))].join('; ')})`,
    licence: LICENCE_OWID,
    licenceUrl: CC_BY_4,
    ...retrieval,
    adapter: 'owid',
    files,
  }
  return withManifest(
    manifest,
    answers.flatMap((a): [string, string][] => [
      [`${a.series.slug}.csv`, a.csv],
      [`${a.series.slug}.metadata.json`, a.metadata],
    ]),
  )
}
