// @vitest-environment node
/**
 * The XLSX export read back with exceljs, as a spreadsheet would read it: typed numbers at full
 * precision, gaps as empty cells, text (hostile text too) as text, never as a formula, and the
 * About sheet with the figure's metadata.
 */
import ExcelJS from 'exceljs'
import type { CsvMeta } from './csv'
import { ABOUT_SHEET, buildXlsx, DATA_SHEET } from './xlsx'

const META: CsvMeta = {
  title: 'Ranked, 2023: 15 countries with a figure',
  source: 'Stanford HAI AI Index / Quid — AI Index 2024',
  licence: 'Quoted figure; © the publisher',
  edition: 'AI Index 2024',
  unit: 'US$ bn, nominal US$',
  filters: 'Region: World · Year: 2023',
  caveats: ['Private investment only.', '◆ figure revised since the previous AI Index edition.'],
  link: 'http://127.0.0.1/?year=2023&edition=aiindex-2024',
  exportedAt: '2025-03-03T10:00:00.000Z',
}

async function readBack() {
  const bytes = await buildXlsx(META, {
    header: ['Country', 'US$ bn, nominal US$', 'Revision'],
    rows: [
      ['United States', 67.22, null],
      ['China', 7.76, null],
      ['Türkiye', 0.000355631, 'revised'],
      ['=HYPERLINK("http://evil.example","x")', null, '—'],
    ],
  })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes)
  return workbook
}

describe('buildXlsx', () => {
  it('writes a Data sheet with typed numbers at full precision and gaps left empty', async () => {
    const sheet = (await readBack()).getWorksheet(DATA_SHEET)
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Country',
      'US$ bn, nominal US$',
      'Revision',
    ])
    const us = sheet?.getRow(2)
    expect(us?.getCell(1).value).toBe('United States')
    expect(us?.getCell(2).type).toBe(ExcelJS.ValueType.Number)
    expect(us?.getCell(2).value).toBe(67.22)
    // Display precision is not rounding: the raw figure is in the file.
    expect(sheet?.getRow(4).getCell(2).value).toBe(0.000355631)
    expect(sheet?.getRow(4).getCell(1).value).toBe('Türkiye')
    expect(sheet?.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.Null)
    expect(sheet?.rowCount).toBe(5)
  })

  it('keeps text from data as text, never as a formula', async () => {
    const cell = (await readBack()).getWorksheet(DATA_SHEET)?.getRow(5).getCell(1)
    expect(cell?.type).toBe(ExcelJS.ValueType.String)
    expect(cell?.value).toBe('=HYPERLINK("http://evil.example","x")')
    expect(cell?.formula).toBeUndefined()
  })

  it('writes an About sheet: title, source, licence, edition, units, filters, caveats, link', async () => {
    const about = (await readBack()).getWorksheet(ABOUT_SHEET)
    const rows: [unknown, unknown][] = []
    about?.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]))
    expect(rows).toEqual([
      ['Title', 'Ranked, 2023: 15 countries with a figure'],
      ['Source', 'Stanford HAI AI Index / Quid — AI Index 2024'],
      ['Licence', 'Quoted figure; © the publisher'],
      ['Edition', 'AI Index 2024'],
      ['Units', 'US$ bn, nominal US$'],
      ['Filters', 'Region: World · Year: 2023'],
      ['Caveat', 'Private investment only.'],
      ['Caveat', '◆ figure revised since the previous AI Index edition.'],
      [
        'Link',
        {
          text: 'http://127.0.0.1/?year=2023&edition=aiindex-2024',
          hyperlink: 'http://127.0.0.1/?year=2023&edition=aiindex-2024',
        },
      ],
      ['Exported', '2025-03-03T10:00:00.000Z'],
    ])
  })
})
