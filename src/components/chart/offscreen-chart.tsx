/**
 * Draws a figure's chart off screen at a given size, for an export laid out at that size (the
 * 3840×2160 PNG): the same renderer and data as on the dashboard, in a hidden box of its own
 * React root, removed as soon as the image is made. Loaded with the export code, on first use.
 */
import { createRoot } from 'react-dom/client'
import type { ChartToDraw } from './chart-to-draw'

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** The chart's <svg> once it is drawn at the box's width (its label layer a frame later). */
async function drawn(host: HTMLElement, width: number): Promise<SVGSVGElement> {
  for (let i = 0; i < 300; i++) {
    await nextFrame()
    const svg = host.querySelector<SVGSVGElement>('svg.recharts-surface')
    if (svg && Math.abs(svg.getBoundingClientRect().width - width) < 2) {
      // The labels are placed from the chart's scales, after its first layout.
      await nextFrame()
      await nextFrame()
      return svg
    }
  }
  throw new Error('The chart could not be drawn for the image.')
}

/** Draws `chart` at `size`, hands its <svg> to `capture`, then removes it. */
export async function withOffscreenChart<T>(
  chart: ChartToDraw,
  size: { readonly width: number; readonly height: number },
  textScale: number,
  capture: (svg: SVGSVGElement) => Promise<T>,
): Promise<T> {
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  // Out of sight and out of the way, but laid out (the chart measures its box).
  Object.assign(host.style, {
    position: 'fixed',
    left: '-30000px',
    top: '0',
    width: `${String(size.width)}px`,
    height: `${String(size.height)}px`,
    pointerEvents: 'none',
  })
  document.body.appendChild(host)
  const root = createRoot(host)
  try {
    const { Chart, data } = chart
    root.render(<Chart data={data} height={size.height} textScale={textScale} />)
    return await capture(await drawn(host, size.width))
  } finally {
    root.unmount()
    host.remove()
  }
}
