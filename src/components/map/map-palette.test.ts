/**
 * The map's palettes (map.css), per theme: seven sequential colours whose lightness runs one
 * way (light to dark on the light and projector themes, dark to light on the dark one), so a
 * reader without colour vision still reads the order; the hatching of "no data" is visible.
 * (Countries outside a selection are told apart by the members' outline, not by colour.)
 */
import { contrast, luminance, themeTokens, tokenOf } from '../../test/contrast'

const MAP = themeTokens('src/components/map/map.css')
const APP = themeTokens('src/styles/app.css')

describe('map palettes', () => {
  it('exist for every theme of the app', () => {
    expect([...MAP.keys()].sort()).toEqual([...APP.keys()].sort())
  })

  describe.each([...MAP.keys()])('%s', (theme) => {
    const colour = tokenOf(MAP, theme)
    const bins = [1, 2, 3, 4, 5, 6, 7].map((i) => luminance(colour(`map-${i}`)))

    it('runs one way in lightness, with visible steps', () => {
      const steps = bins.slice(1).map((l, i) => l - (bins[i] ?? 0))
      const sign = theme === 'dark' ? 1 : -1
      for (const step of steps) expect(sign * step).toBeGreaterThan(0.01)
    })

    it('draws hatching lines that stand out from their ground (3:1)', () => {
      expect(contrast(colour('map-no-data-line'), colour('map-no-data-bg'))).toBeGreaterThanOrEqual(
        3,
      )
    })
  })
})
