import fc from 'fast-check'
import { MUTED_COLOUR, seriesColour } from '../palette'
import { layout, runs, slopeLines, type SlopeSeries } from './slope-lines'

const us: SlopeSeries = { id: 'USA', name: 'United States', ranks: [1, 1, 2, 1] }
const de: SlopeSeries = { id: 'DEU', name: 'Germany', ranks: [2, null, 3, null] }
const fr: SlopeSeries = { id: 'FRA', name: 'France', ranks: [null, null, null, 2] }
const data = {
  columns: ['2017', '2018', '2019', '2023'],
  series: [us, de, fr],
  groups: [
    { label: 'GVT 2022', size: 3 },
    { label: 'GVT 2024', size: 1 },
  ],
}

describe('slope chart layout', () => {
  it('leaves one column step of room at a method break', () => {
    expect(layout(4, data.groups)).toEqual({ groupOf: [0, 0, 0, 1], x: [0, 1, 2, 4] })
  })

  it('splits a line where a country is not ranked', () => {
    expect(runs([[0, 2], null, [2, 3]])).toEqual([[[0, 2]], [[2, 3]]])
    expect(runs([null, [1, 1], [2, 1], null])).toEqual([
      [
        [1, 1],
        [2, 1],
      ],
    ])
    expect(runs([null, null])).toEqual([])
  })
})

describe('slopeLines', () => {
  it('draws one line per country per release it is ranked in, labelled at the ends', () => {
    const { lines, groupEnds } = slopeLines(data, 1)
    expect(groupEnds).toEqual([2, 3])
    expect(lines.map((l) => ({ key: l.key, points: l.points, labels: l.labels }))).toEqual([
      {
        key: 'USA@0',
        points: [
          [0, 1],
          [1, 1],
          [2, 2],
        ],
        labels: [
          { at: 0, side: 'left', text: 'United States 1' },
          { at: 2, side: 'right', text: '2 United States' },
        ],
      },
      {
        key: 'USA@1',
        points: [[4, 1]],
        labels: [{ at: 0, side: 'right', text: '1 United States' }],
      },
      {
        key: 'DEU@0',
        points: [
          [0, 2],
          [1, null],
          [2, 3],
        ],
        labels: [
          { at: 0, side: 'left', text: 'Germany 2' },
          { at: 2, side: 'right', text: '3 Germany' },
        ],
      },
      // Germany is not ranked in GVT 2024, France only there.
      { key: 'FRA@1', points: [[4, 2]], labels: [{ at: 0, side: 'right', text: '2 France' }] },
    ])
  })

  it('mutes every country but the selected one, which is drawn heavier and bold', () => {
    const { lines } = slopeLines({ ...data, series: [us, { ...de, highlighted: true }] }, 1)
    const style = lines.map((l) => [l.key, l.stroke, l.strokeWidth, l.bold])
    expect(style).toEqual([
      ['USA@0', MUTED_COLOUR, 2.5, false],
      ['USA@1', MUTED_COLOUR, 2.5, false],
      ['DEU@0', seriesColour(1), 4, true],
    ])
  })

  it('never joins two releases, and keeps every rank of the release it draws', () => {
    const ranks = fc.array(fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }), {
      minLength: 1,
      maxLength: 8,
    })
    fc.assert(
      fc.property(
        ranks,
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
        (r, sizes) => {
          const columns = r.map((_, i) => String(2017 + i))
          const groups = sizes.map((size, i) => ({ label: `R${String(i)}`, size }))
          const { lines, groupOf, x } = slopeLines(
            { columns, series: [{ id: 'X', name: 'X', ranks: r }], groups },
            1,
          )
          for (const line of lines) {
            const cols = line.points.map(([px]) => x.indexOf(px))
            expect(new Set(cols.map((c) => groupOf[c])).size).toBe(1)
            expect(line.points.map(([, rank]) => rank)).toEqual(cols.map((c) => r[c] ?? null))
          }
          // Every rank is on some line.
          const drawn = lines.flatMap((l) => l.points.filter(([, rank]) => rank !== null))
          expect(drawn).toHaveLength(r.filter((v) => v !== null).length)
        },
      ),
    )
  })
})
