/**
 * XLSX export (exceljs, loaded on first use so it stays out of the entry chunk): a "Data" sheet
 * with the figure's table — numbers as typed numbers at full precision, text as text, a gap as an
 * empty cell — and an "About" sheet with the title, source, licence, edition, units, filters,
 * caveats, the link that reopens the view (a hyperlink) and the export time. Strings are
 * written as strings, never as formulas, so text from data cannot run in Excel.
 */
import type { CsvMeta } from './csv'
import type { ExportTable } from './types'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Sheet names, as a reader of the file finds them. */
export const DATA_SHEET = 'Data'
export const ABOUT_SHEET = 'About'

/** A cell as written: finite numbers typed, null (no data) and NaN empty, text as is. */
function cellValue(value: string | number | null): string | number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  return value
}

/** The workbook's bytes. */
export async function buildXlsx(meta: CsvMeta, table: ExportTable): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'AI Monitor'
  workbook.created = new Date(meta.exportedAt)

  const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  data.addRow([...table.header])
  data.getRow(1).font = { bold: true }
  for (const row of table.rows) data.addRow(row.map(cellValue))
  data.columns.forEach((column, i) => {
    const widest = Math.max(
      ...[table.header[i], ...table.rows.map((r) => r[i])].map((v) => String(v ?? '').length),
    )
    column.width = Math.min(60, Math.max(10, widest + 2))
  })

  const about = workbook.addWorksheet(ABOUT_SHEET)
  about.columns = [{ width: 12 }, { width: 100 }]
  const lines: [string, string][] = [
    ['Title', meta.title],
    ['Source', meta.source],
    ['Licence', meta.licence],
    ['Edition', meta.edition],
    ['Units', meta.unit],
    ['Filters', meta.filters],
    ...meta.caveats.map((c): [string, string] => ['Caveat', c]),
  ]
  for (const line of lines) about.addRow(line)
  const link = about.addRow(['Link', { text: meta.link, hyperlink: meta.link }])
  link.getCell(2).font = { color: { argb: 'FF0B5CAD' }, underline: true }
  about.addRow(['Exported', meta.exportedAt])
  about.getColumn(1).font = { bold: true }
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' }

  const bytes = await workbook.xlsx.writeBuffer()
  // exceljs hands back a Buffer in Node and an ArrayBuffer-backed view in the browser.
  return bytes instanceof ArrayBuffer ? bytes : new Uint8Array(bytes).slice().buffer
}
