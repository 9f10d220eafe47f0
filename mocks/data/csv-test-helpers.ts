/**
 * What the fixture tests share: the raw data folder, a plain CSV reader (independent of the
 * build's) and a point lookup in the generated observations.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { observations } from './observations'
import type { EditionId, FixtureObservation, IndicatorId } from './types'

/** data/sources, where the raw data is kept in the repository. */
export const csvDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/sources')

export type Row = Record<string, string>

/** A CSV of data/sources as header-keyed rows. */
export function readCsv(file: string): Row[] {
  return parse<Row>(readFileSync(join(csvDir, file), 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  })
}

/** A cell; a missing column throws (a renamed column must fail the test, not read as ''). */
export function col(row: Row, column: string): string {
  const value = row[column]
  if (value === undefined) throw new Error(`no column ${column}`)
  return value
}

/** The one observation of a series at a point, if any. */
export function find(
  indicatorId: IndicatorId,
  entityId: string,
  year: number,
  edition: EditionId,
): FixtureObservation | undefined {
  return observations.find(
    (o) =>
      o.indicatorId === indicatorId &&
      o.entityId === entityId &&
      o.year === year &&
      o.edition === edition,
  )
}
