import type { FigureState } from '../../../components/figure/figure-types'
import { parseTemplate, renderTemplate } from './headline'

const state: FigureState<null> = {
  kind: 'ready',
  title: 't',
  unit: 'US$ bn',
  source: 's',
  licence: 'l',
  edition: 'e',
  caveats: [],
  data: null,
  summary: '',
  native: null,
  table: {
    caption: 'c',
    rowHeader: 'Country',
    columns: [
      { id: 'value', header: 'US$ bn', numeric: true, format: (v) => `${String(v)} bn` },
      { id: '2023', header: '2023', numeric: true },
      { id: 'note', header: 'Note' },
    ],
    rows: [
      { id: 'USA', label: 'United States', cells: [67.22, 61, 'x'] },
      { id: 'CHN', label: 'China', cells: [7.76, 15, null] },
      { id: 'FRA', label: 'France', cells: [null, 3, null] },
    ],
  },
}

describe('headline templates', () => {
  it.each([
    ['US {value USA}', 'US 67.22 bn'],
    ['{value CHN 2023} models', '15 models'],
    // 67.22 / 7.76 = 8.6624… → 8.7
    ['US ×{ratio USA CHN} China', 'US ×8.7 China'],
    // 15 / 61 = 24.59…% → 24.6%
    ['{share CHN USA 2023} of the US', '24.6% of the US'],
    ['in {year}', 'in 2023'],
    ['{count} countries', '3 countries'],
    ['plain text', 'plain text'],
  ])('%s → %s', (template, expected) => {
    expect(renderTemplate(template, state, { year: 2023 })).toEqual({
      text: expected,
      problems: [],
    })
  })

  it('says a gap is a gap, and lists what could not be filled', () => {
    expect(renderTemplate('France {value FRA}', state, { year: null })).toEqual({
      text: 'France no data',
      problems: [],
    })
    const { text, problems } = renderTemplate(
      '{value DEU} / {ratio FRA USA} / {frobnicate} in {year}',
      state,
      { year: null },
    )
    expect(text).toBe('no data / no data / ? in the latest year')
    expect(problems).toHaveLength(3)
  })

  it('never runs code: braces hold only the five names with ids', () => {
    const [only, ...rest] = parseTemplate('{value USA; alert(1)}')
    expect(rest).toEqual([])
    expect(only).toMatchObject({ kind: 'error', source: '{value USA; alert(1)}' })
    expect(parseTemplate('a {year} b')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'year' },
      { kind: 'text', text: ' b' },
    ])
  })

  it('names a quoted claim’s status', () => {
    const claimStatus = (id: string) => (id === 'us_inv' ? 'approximately consistent' : undefined)
    expect(
      renderTemplate('“$68bn” is {status us_inv}', state, { year: null, claimStatus }),
    ).toEqual({
      text: '“$68bn” is approximately consistent',
      problems: [],
    })
    expect(
      renderTemplate('{status nope}', state, { year: null, claimStatus }).problems,
    ).toHaveLength(1)
  })

  it('waits while the figure loads', () => {
    expect(renderTemplate('US {value USA}', null, { year: null }).text).toBe('US …')
  })
})
