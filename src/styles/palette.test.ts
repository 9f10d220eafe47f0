/**
 * Colour contrast of every theme with the WCAG 2.x formula, read from the CSS custom properties
 * in app.css (so a token change is checked, not a copy of it): text ≥ 4.5:1 (≥ 7:1 in the
 * projector theme), focus ring and chart series ≥ 3:1 against the surfaces they sit on.
 */
import { HIGHLIGHT_COLOUR, MUTED_COLOUR, SERIES_COLOURS } from '../components/chart/palette'
import { contrast, themeTokens } from '../test/contrast'

/** Custom properties of each theme, as app.css declares them. */
const themes = () => themeTokens('src/styles/app.css')

describe('the WCAG contrast formula', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#0072B2', '#ffffff', 5.19],
    ['#fff', '#000', 21],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 2)
  })
})

const THEMES = themes()

describe('theme tokens', () => {
  it('app.css defines the light, dark and projector themes', () => {
    expect([...THEMES.keys()].sort()).toEqual(['dark', 'light', 'projector'])
  })

  /** [foreground, background] pairs that carry text. */
  const TEXT_PAIRS = [
    ['text', 'bg'],
    ['text', 'surface'],
    ['text', 'surface-2'],
    ['text-muted', 'surface'],
    ['text-muted', 'bg'],
    ['accent', 'surface'],
    ['accent-text', 'accent'],
    ['header-text', 'header-bg'],
    ['danger', 'surface'],
    ['warning-text', 'warning-bg'],
  ] as const

  describe.each([...THEMES.keys()])('%s', (theme) => {
    const vars = THEMES.get(theme) ?? new Map<string, string>()
    const colour = (name: string) => {
      const value = vars.get(name)
      if (!value) throw new Error(`--${name} is not defined in the ${theme} theme`)
      return value
    }
    const minText = theme === 'projector' ? 7 : 4.5

    it.each(TEXT_PAIRS)(`--%s on --%s reaches ${minText}:1`, (fg, bg) => {
      expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(minText)
    })

    it.each(['bg', 'surface', 'surface-2'])('the focus ring stands out from --%s (3:1)', (bg) => {
      expect(contrast(colour('focus'), colour(bg))).toBeGreaterThanOrEqual(3)
    })
  })
})

describe('chart series colours (3:1 against the surface, WCAG 1.4.11)', () => {
  /** The theme's --series-N colours, in order (the marks are drawn with these variables). */
  const seriesOf = (theme: string) =>
    SERIES_COLOURS.map((_, i) => THEMES.get(theme)?.get(`series-${String(i + 1)}`) ?? '')

  it('the light themes draw the palette of palette.ts (its hex values are the fallback)', () => {
    for (const theme of ['light', 'projector'])
      expect(seriesOf(theme).map((c) => c.toUpperCase())).toEqual([...SERIES_COLOURS])
  })

  /**
   * Defects found here, reported to the palette owner: Okabe–Ito orange and sky blue fall below
   * 3:1 on white. The set must equal what is measured, so fixing a colour fails this test until
   * its entry is removed.
   */
  const KNOWN_LOW = [
    'light: series 5 #e69f00 2.25:1',
    'light: series 6 #56b4e9 2.31:1',
    'projector: series 5 #e69f00 2.25:1',
    'projector: series 6 #56b4e9 2.31:1',
  ]

  it('every series colour on every theme surface, except the known defects', () => {
    const low: string[] = []
    for (const [theme, vars] of THEMES) {
      const surface = vars.get('surface') ?? '#ffffff'
      seriesOf(theme).forEach((c, i) => {
        const ratio = contrast(c, surface)
        if (ratio < 3) low.push(`${theme}: series ${String(i + 1)} ${c} ${ratio.toFixed(2)}:1`)
      })
    }
    expect(low).toEqual(KNOWN_LOW)
  })

  it('the first four series (the ones most charts use) all reach 3:1 on light surfaces', () => {
    for (const theme of ['light', 'projector'])
      for (const c of seriesOf(theme).slice(0, 4))
        expect(contrast(c, THEMES.get(theme)?.get('surface') ?? '')).toBeGreaterThanOrEqual(3)
  })

  // The dark theme's bars were #0072B2: 3.17:1 on the surface and 2.80:1 on --surface-2 (the
  // band behind a hovered bar). Every mark colour of the dark theme now reaches 3:1 on both.
  it.each(['surface', 'surface-2', 'bg'])(
    'dark: every series, the highlight and the muted marks reach 3:1 on --%s',
    (bg) => {
      const vars = THEMES.get('dark')
      const background = vars?.get(bg) ?? ''
      for (const c of [...seriesOf('dark'), HIGHLIGHT_COLOUR, MUTED_COLOUR])
        expect(contrast(c, background)).toBeGreaterThanOrEqual(3)
    },
  )

  it('dark: the bar colour measures 5.45:1 on the surface', () => {
    expect(
      contrast(seriesOf('dark')[0] ?? '', THEMES.get('dark')?.get('surface') ?? ''),
    ).toBeCloseTo(5.45, 2)
  })
})
