import { barColoursHex, isBarsData } from './bar-colours'

const bar = (id: string, extra: object = {}) => ({
  id,
  label: id,
  value: 1,
  valueText: '1',
  ...extra,
})

describe('bar colours for exports', () => {
  it('is one colour when nothing is highlighted, pledges pale', () => {
    expect(barColoursHex({ bars: [bar('a'), bar('b', { hatched: true })] })).toEqual([
      '0072B2',
      'F3C4A8',
    ])
  })
  it('mutes the rest once one bar is highlighted', () => {
    expect(barColoursHex({ bars: [bar('a'), bar('b', { highlighted: true })] })).toEqual([
      '9AA5B1',
      'D55E00',
    ])
  })
  it('recognises the bars renderer’s data only', () => {
    expect(isBarsData({ bars: [] })).toBe(true)
    expect(isBarsData({ lines: [] })).toBe(false)
    expect(isBarsData(null)).toBe(false)
  })
})
