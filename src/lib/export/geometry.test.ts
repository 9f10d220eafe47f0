import { fitBox, numberFormatCode } from './pptx'
import { pngSize } from './raster'

describe('pngSize', () => {
  it.each([
    ['1x' as const, { width: 900, height: 600 }, { width: 900, height: 600, scale: 1 }],
    ['2x' as const, { width: 900, height: 600 }, { width: 1800, height: 1200, scale: 2 }],
    ['4k' as const, { width: 960, height: 540 }, { width: 3840, height: 2160, scale: 4 }],
    ['4k' as const, { width: 1000, height: 1080 }, { width: 3840, height: 2160, scale: 2 }],
  ])('%s of %j', (preset, image, expected) => {
    expect(pngSize(preset, image)).toEqual(expected)
  })
})

describe('fitBox', () => {
  it('keeps the aspect ratio and centres', () => {
    expect(fitBox({ width: 200, height: 100 }, { x: 0, y: 0, w: 10, h: 10 })).toEqual({
      x: 0,
      y: 2.5,
      w: 10,
      h: 5,
    })
    expect(fitBox({ width: 100, height: 200 }, { x: 1, y: 1, w: 10, h: 10 })).toEqual({
      x: 3.5,
      y: 1,
      w: 5,
      h: 10,
    })
  })
})

describe('numberFormatCode', () => {
  it.each([
    [[67.22, 7.76, 1.39], '#,##0.00'],
    [[285.9, 125, 10.4], '#,##0.0'],
    [[85674, 16946], '#,##0'],
    [[0.004, 12], '#,##0.00'],
    [[null, 0], '#,##0'],
    [[200, 154], '#,##0'],
    // Counts (the claims by status): whole numbers, never "10.00".
    [[10, 2, 1, 9, 3], '#,##0'],
    [[1.5, 10], '#,##0.00'],
  ] as const)('%j → %s', (values, code) => {
    expect(numberFormatCode(values)).toBe(code)
  })
})
