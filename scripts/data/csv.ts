/**
 * Reading the sourced CSVs and parsing their cells, strictly: a missing column, a ragged row
 * or a cell that is not a plain number throws, so a changed file cannot slip through as data.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'

export type Row = Readonly<Record<string, string>>

export interface Table {
  readonly file: string
  readonly rows: readonly Row[]
}

/** Reads a CSV with a header; throws if a required column is missing or a row is ragged. */
export function readCsv(dir: string, file: string, required: readonly string[]): Table {
  const records = parse(readFileSync(join(dir, file), 'utf8'), {
    bom: true,
    skip_empty_lines: true,
  })
  const [header, ...body] = records
  if (header === undefined) throw new Error(`${file}: empty file`)
  for (const column of required) {
    if (!header.includes(column)) throw new Error(`${file}: missing column ${column}`)
  }
  const rows = body.map((record, index) => {
    if (record.length !== header.length) {
      throw new Error(`${file}:${index + 2}: ${record.length} cells, header has ${header.length}`)
    }
    return Object.fromEntries(header.map((column, i) => [column, record[i] ?? '']))
  })
  return { file, rows }
}

export function cell(row: Row, column: string): string {
  const value = row[column]
  if (value === undefined) throw new Error(`no column ${column}`)
  return value
}

export const NUMBER_TEXT = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** The CSV text as a JS number, exactly as parsed; '' is null. Anything else throws. */
export function parseNumber(text: string, where: string): number | null {
  if (text === '') return null
  if (!NUMBER_TEXT.test(text)) throw new Error(`${where}: not a number: ${JSON.stringify(text)}`)
  const value = Number(text)
  if (!Number.isFinite(value)) throw new Error(`${where}: not finite: ${text}`)
  return value
}

export function requireNumber(text: string, where: string): number {
  const value = parseNumber(text, where)
  if (value === null) throw new Error(`${where}: value required`)
  return value
}

export function requireInteger(text: string, where: string): number {
  const value = requireNumber(text, where)
  if (!Number.isInteger(value)) throw new Error(`${where}: not an integer: ${text}`)
  return value
}

/** "2013-2024" → 2024 (values over several years are filed under the last year of their period). */
export function lastYearOfPeriod(period: string, where: string): number {
  const match = /^(\d{4})-(\d{4})$/.exec(period)
  if (match?.[1] === undefined || match[2] === undefined || match[1] >= match[2]) {
    throw new Error(`${where}: bad period ${JSON.stringify(period)}`)
  }
  return Number(match[2])
}

export function emptyToNull(text: string): string | null {
  return text === '' ? null : text
}

export function noteOf(row: Row): string | null {
  return emptyToNull(cell(row, 'notes'))
}

export function isClaimRow(row: Row): boolean {
  return cell(row, 'source_type') === 'context_article_claim'
}

/** Code-unit order, independent of the locale, so output is the same on every machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function assertUnique(values: readonly string[], what: string): void {
  const seen = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) throw new Error(`duplicate ${what} ${value}`)
    seen.add(value)
  }
}
