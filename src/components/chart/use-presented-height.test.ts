import { presentedHeight } from './use-presented-height'

describe('presentedHeight', () => {
  it('keeps the dashboard height on screens up to 800 px tall', () => {
    expect(presentedHeight(360, 720)).toBe(360)
    expect(presentedHeight(360, 800)).toBe(360)
  })

  it('grows with taller screens: ×1.35 at 1080 px, ×2 at 1600 px', () => {
    expect(presentedHeight(360, 1080)).toBe(486)
    expect(presentedHeight(370, 1080)).toBe(500) // 499.5 rounds up
    expect(presentedHeight(320, 1600)).toBe(640)
  })
})
