/**
 * CSV export: a metadata header (source, licence, edition, units, filters, export time) followed
 * by exactly the chart's data, with a UTF-8 byte-order mark first so Excel reads the file as
 * UTF-8 ("—", "◆", "Türkiye" intact) instead of the system code page. Cells a spreadsheet
 * would run as a formula are neutralised (OWASP "CSV injection"): a leading =, +, -, @, tab or
 * CR gets a ' prefix — except plain numbers, so -1.5 stays a number.
 */
import Papa from 'papaparse'
import type { ExportTable } from './types'

const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/

/** One cell as written: null → empty (no data), numbers as is, hostile text prefixed. */
export function escapeCell(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (PLAIN_NUMBER.test(value)) return value
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** The UTF-8 byte-order mark, the first character of every CSV written. */
export const BOM = '\uFEFF'

/** The metadata of every export (CSV header lines, the XLSX "About" sheet). */
export interface CsvMeta {
  readonly title: string
  readonly source: string
  readonly licence: string
  readonly edition: string
  readonly unit: string
  readonly filters: string
  readonly caveats: readonly string[]
  readonly link: string
  /** ISO time of the export. */
  readonly exportedAt: string
}

/** Number of lines before the data header (metadata lines + one blank line). */
export const metaLineCount = (meta: CsvMeta) => 9 + meta.caveats.length

/** The whole CSV text (BOM first, CRLF line ends, RFC 4180 quoting by papaparse). */
export function buildCsv(meta: CsvMeta, table: ExportTable): string {
  const metaRows: string[][] = [
    ['Title', meta.title],
    ['Source', meta.source],
    ['Licence', meta.licence],
    ['Edition', meta.edition],
    ['Units', meta.unit],
    ['Filters', meta.filters],
    ...meta.caveats.map((c) => ['Caveat', c]),
    ['Link', meta.link],
    ['Exported', meta.exportedAt],
    [],
  ]
  const rows = [table.header.map(escapeCell), ...table.rows.map((r) => r.map(escapeCell))]
  const body = Papa.unparse(rows, { newline: '\r\n', escapeFormulae: false })
  const head = Papa.unparse(
    metaRows.map((r) => r.map((c) => escapeCell(c))),
    { newline: '\r\n', escapeFormulae: false },
  )
  return `${BOM}${head}\r\n${body}\r\n`
}
