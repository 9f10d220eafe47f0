/**
 * The slide stage: a fixed logical 16:9 canvas (as reveal.js and PowerPoint use), scaled as a
 * whole to the screen — letterboxed, never scrolling — so type, lines and markers grow with it.
 * Pure geometry, so the fit is tested at every projector size.
 */

/** Logical size of every slide, in CSS px before scaling. */
export const STAGE = { width: 1600, height: 900 } as const

/** How the stage fits a box: its scale and its offset (the letterbox). */
export interface StageFit {
  readonly scale: number
  readonly left: number
  readonly top: number
  readonly width: number
  readonly height: number
}

/** The largest 16:9 stage inside a box of `width` × `height`, centred. */
export function fitStage(width: number, height: number): StageFit {
  const scale = Math.max(0, Math.min(width / STAGE.width, height / STAGE.height))
  const w = STAGE.width * scale
  const h = STAGE.height * scale
  return { scale, left: (width - w) / 2, top: (height - h) / 2, width: w, height: h }
}

/** Chart text, marks and margins on a slide, relative to the dashboard's (13 px → 22 px). */
export const SLIDE_TEXT_SCALE = 1.7
