import { fitStage, STAGE } from './stage'

describe('the 16:9 stage fits every screen, letterboxed', () => {
  it.each([
    // [viewport, scale, left, top]
    [1280, 720, 0.8, 0, 0],
    [1920, 1080, 1.2, 0, 0],
    [3840, 2160, 2.4, 0, 0],
    // 4:3 projector: full width, bars above and below
    [1024, 768, 0.64, 0, 96],
    // a wide window: full height, bars left and right
    [2000, 900, 1, 200, 0],
  ])('%d×%d → ×%d at (%d, %d)', (w, h, scale, left, top) => {
    const fit = fitStage(w, h)
    expect(fit.scale).toBeCloseTo(scale, 10)
    expect(fit.left).toBeCloseTo(left, 10)
    expect(fit.top).toBeCloseTo(top, 10)
    expect(fit.width).toBeLessThanOrEqual(w)
    expect(fit.height).toBeLessThanOrEqual(h)
    expect(fit.width / fit.height).toBeCloseTo(STAGE.width / STAGE.height, 10)
  })
})
