import Papa from 'papaparse'
import fc from 'fast-check'
import { buildCsv, escapeCell, metaLineCount, type CsvMeta } from './csv'

describe('escapeCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+cmd|/C calc!A0', `'+cmd|/C calc!A0`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\tTAB', `'\tTAB`],
    ['\rCR', `'\rCR`],
    ['-1.5', '-1.5'],
    ['-3', '-3'],
    ['1e-3', '1e-3'],
    ['United States', 'United States'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(escapeCell(input)).toBe(expected)
  })

  it.each([
    [null, ''],
    [-12.5, '-12.5'],
    [0, '0'],
    [67.22, '67.22'],
    [Number.NaN, ''],
  ])('%j → %j (numbers stay numeric, null is empty)', (input, expected) => {
    expect(escapeCell(input)).toBe(expected)
  })

  it('never lets a cell start with a formula character unless it is a plain number', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeCell(s)
        return !/^[=+\-@\t\r]/.test(out) || /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(out)
      }),
    )
  })
})

const META: CsvMeta = {
  title: 'Ranked, 2023',
  source: 'Stanford HAI AI Index / Quid',
  licence: 'CC BY-ND 4.0 (AI Index public data)',
  edition: 'AI Index 2024',
  unit: 'US$ bn, nominal',
  filters: 'Region: World · Year: 2023',
  caveats: ['Private investment only.', '=cmd caveat'],
  link: 'http://127.0.0.1/?year=2023',
  exportedAt: '2025-03-03T10:00:00.000Z',
}

describe('buildCsv', () => {
  const csv = buildCsv(META, {
    header: ['country', 'value'],
    rows: [
      ['United States', 67.22],
      ['China', null],
      ['=HYPERLINK("x")', -1],
      ['Comma, Inc', 2],
    ],
  })
  const rows = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data

  it('starts with the metadata header, then a blank line, then exactly the data', () => {
    expect(rows.slice(0, 10)).toEqual([
      ['Title', 'Ranked, 2023'],
      ['Source', 'Stanford HAI AI Index / Quid'],
      ['Licence', 'CC BY-ND 4.0 (AI Index public data)'],
      ['Edition', 'AI Index 2024'],
      ['Units', 'US$ bn, nominal'],
      ['Filters', 'Region: World · Year: 2023'],
      ['Caveat', 'Private investment only.'],
      ['Caveat', `'=cmd caveat`],
      ['Link', 'http://127.0.0.1/?year=2023'],
      ['Exported', '2025-03-03T10:00:00.000Z'],
    ])
    expect(metaLineCount(META)).toBe(11)
    expect(rows[10]).toEqual([''])
    expect(rows.slice(11)).toEqual([
      ['country', 'value'],
      ['United States', '67.22'],
      ['China', ''],
      [`'=HYPERLINK("x")`, '-1'],
      ['Comma, Inc', '2'],
    ])
  })

  it('starts with the UTF-8 byte-order mark, so Excel reads UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.slice(1, 7)).toBe('Title,')
  })

  it('uses CRLF line ends and quotes cells with commas', () => {
    expect(csv).toContain('\r\n"Comma, Inc",2\r\n')
  })
})
