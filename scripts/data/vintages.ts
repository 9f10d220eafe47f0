/**
 * What `npm run data` makes of the vintages the refresh fetched (vintage-manifest.ts): each is
 * one edition of its own — never merged into `wdi` or `owid-2025`, which stay as supplied —
 * with a source per file that names the URL, the publisher's update date, the retrieval date
 * and the licence. World Bank vintages become reference series (population, GDP); OWID
 * vintages become observations of the indicator their chart carries (owid-series.ts).
 */
import { join } from 'node:path'
import type { EditionId, FixtureEdition, FixtureSource } from '../../mocks/data/types'
import type { FixtureReferenceSeries } from '../../mocks/data/types'
import { cell, parseNumber, readCsv, requireInteger } from './csv'
import { shiftDecimal } from './decimal'
import { resolveEntity, type Context } from './entities'
import type { Draft } from './observations'
import { owidSeries } from './owid-series'
import { buildReferenceSeries } from './reference-series'
import type { Manifest, OwidFile, Vintage, WorldBankFile } from './vintage-manifest'

const day = (isoDateTime: string) => isoDateTime.slice(0, 10)

/**
 * The edition id as the contract types it. The id comes from the manifest at run time; the
 * generated src/domain/refreshed-editions.ts lists it for the type checker, and the fixture
 * test checks that every edition served is in the contract's list.
 */
const editionId = (manifest: Manifest) => manifest.edition.id as EditionId

const RECORDED_WARNING =
  ' FROM RECORDED TEST RESPONSES (scripts/refresh/fixtures): not sourced data, never commit it.'

function updates(m: Manifest): string {
  const parts =
    m.adapter === 'world-bank'
      ? m.files.map((f) => `${f.series} last updated ${f.lastUpdated}`)
      : m.files.map((f) => `${f.slug} last updated ${f.lastUpdated}`)
  return parts.join(', ')
}

/** The indicators a vintage holds, one per file. */
export function vintageIndicators(m: Manifest): string[] {
  return m.adapter === 'world-bank'
    ? m.files.map((f) => f.indicatorId)
    : m.files.map((f) => owidSeries(f.slug).indicatorId)
}

/** The /meta edition of a vintage: publisher, update date, and how it was fetched. */
export function vintageEdition(vintage: Vintage): FixtureEdition {
  const m = vintage.manifest
  const how =
    m.adapter === 'world-bank'
      ? 'World Bank API v2; aggregates other than World dropped, a missing figure kept as no data'
      : 'the OWID grapher CSV and metadata endpoints'
  return {
    id: editionId(m),
    label: m.edition.label,
    publisher: m.publisher,
    published: m.edition.published,
    kind: m.edition.kind,
    note:
      `Fetched by npm run data:refresh on ${day(m.retrievedAt)} from ${how} (${updates(m)}); ` +
      `kept in data/sources/${vintage.path}. ${m.licence}.` +
      (m.origin === 'recorded' ? RECORDED_WARNING : ''),
  }
}

/** The entry of src/domain/edition-list.ts that makes the vintage an edition the app serves. */
export interface VintageEditionEntry {
  readonly id: string
  readonly kind: 'reference' | 'owid'
  readonly year: number
  readonly label: string
  readonly published: string
}

export function vintageEditionEntry({ manifest: { edition } }: Vintage): VintageEditionEntry {
  return {
    id: edition.id,
    kind: edition.kind,
    year: edition.year,
    label: edition.label,
    published: edition.published,
  }
}

/** The source of one file of a vintage: `${edition}-${indicator}`, e.g. wdi-2025-07-gdp. */
function fileSource(
  vintage: Vintage,
  file: WorldBankFile | OwidFile,
  indicatorId: string,
  citation: string,
): FixtureSource {
  const m = vintage.manifest
  return {
    id: `${m.edition.id}-${indicatorId}`,
    citation: `${citation}, last updated ${file.lastUpdated}, retrieved ${day(m.retrievedAt)}`,
    reference:
      `data/sources/${vintage.path}/${file.file}, from ${file.url} ` +
      `(retrieved ${m.retrievedAt}${m.origin === 'recorded' ? '; RECORDED TEST RESPONSE' : ''})`,
    url: file.url,
    licence: m.licence,
    sourceType: 'publisher_api',
  }
}

/** World Bank vintages: one reference series per file (population, GDP). */
export function vintageReferenceSeries(ctx: Context, vintage: Vintage): FixtureReferenceSeries[] {
  const m = vintage.manifest
  if (m.adapter !== 'world-bank') return []
  return m.files.map((file) =>
    buildReferenceSeries(ctx, {
      table: readCsv(vintage.dir, file.file, ['year', 'code', file.column]),
      indicatorId: file.indicatorId,
      // The generated edition list types it (see editionId).
      edition: editionId(m) as FixtureReferenceSeries['edition'],
      valueColumn: file.column,
      source: fileSource(
        vintage,
        file,
        file.indicatorId,
        `World Bank WDI, ${file.indicatorId} (${file.series})`,
      ),
      nullable: true,
    }),
  )
}

/** OWID vintages: one observation per row of the grapher CSV, unit changed on the text. */
export function vintageDrafts(ctx: Context, vintage: Vintage): Draft[] {
  const m = vintage.manifest
  if (m.adapter !== 'owid') return []
  return m.files.flatMap((file) => {
    const series = owidSeries(file.slug)
    if (!series.unit.test(file.unit)) {
      throw new Error(`${vintage.path}: unit ${JSON.stringify(file.unit)} is not ${file.slug}'s`)
    }
    const table = readCsv(vintage.dir, file.file, ['entity', 'code', 'year', file.valueColumn])
    const label = `OWID grapher ${file.slug}`
    const sourceId = ctx.sources.add(
      fileSource(vintage, file, series.indicatorId, `Our World in Data, ${label}`),
    )
    return table.rows.map((row, i): Draft => {
      const where = `${vintage.path}/${file.file}:${i + 2}`
      const code = cell(row, 'code')
      // OWID's codes are ISO3 for countries, OWID_* or empty for its aggregates (World, Europe).
      if (code !== '' && !code.startsWith('OWID_') && !ctx.countryIds.has(code)) {
        throw new Error(`${where}: unknown code ${code}`)
      }
      const iso3 = ctx.countryIds.has(code) ? code : ''
      const text = cell(row, file.valueColumn)
      return {
        observation: {
          indicatorId: series.indicatorId,
          entityId: resolveEntity(ctx, iso3, cell(row, 'entity'), label, where),
          year: requireInteger(cell(row, 'year'), where),
          value: text === '' ? null : parseNumber(shiftDecimal(text, series.shift, where), where),
          edition: editionId(m),
          sourceId,
          period: null,
          note: `${series.conversion}; OWID code ${code === '' ? '(none)' : code}`,
        },
        where,
      }
    })
  })
}

/** The generated sibling of edition-list.ts: one entry per vintage, in edition-id order. */
export function renderEditionModule(entries: readonly VintageEditionEntry[]): string {
  const list = entries.map((e) => `  ${JSON.stringify(e)},\n`).join('')
  return [
    '// Generated by scripts/build-data.ts from data/sources/refresh/<edition>/manifest.json — do not edit by hand.',
    '/** The vintages `npm run data:refresh` added, one entry each, spread into ./edition-list.ts. */',
    `export const REFRESHED_EDITIONS = [${list === '' ? '' : `\n${list}`}] as const`,
    '',
  ].join('\n')
}

export const EDITION_MODULE = join('src', 'domain', 'refreshed-editions.ts')
