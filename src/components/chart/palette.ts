/**
 * Series colours: the Okabe–Ito colour-blind-safe palette, ordered so the first colours are
 * distinguishable on a projector too. Marks are drawn with the theme's CSS variables
 * (--series-N in src/styles/app.css), so the dark theme lifts the colours its surface would
 * swallow; the hex values here are the light theme's and the fallback where no theme applies.
 */
export const SERIES_COLOURS = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#8C6D00', // dark yellow (Okabe–Ito yellow darkened for contrast on white)
  '#000000', // black
] as const

/** Colour of the i-th series, cycling: the theme's --series-N, else the light hex. */
export function seriesColour(index: number): string {
  const i = index % SERIES_COLOURS.length
  return `var(--series-${String(i + 1)}, ${SERIES_COLOURS[i] ?? '#0072B2'})`
}

/** Dash patterns as a second encoding (colour is never the only cue). */
export const SERIES_DASHES = ['', '6 3', '2 3', '8 3 2 3', '12 4', '4 4', '1 4', '10 2'] as const

export function seriesDash(index: number): string {
  return SERIES_DASHES[index % SERIES_DASHES.length] ?? ''
}

/**
 * Colour of the highlighted (selected) country, and of everything else when one is selected:
 * the same in every theme (both reach 3:1 on the light and the dark surfaces; palette.test.ts).
 */
export const HIGHLIGHT_COLOUR = '#D55E00'
export const MUTED_COLOUR = '#9AA5B1'
