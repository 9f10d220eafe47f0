/**
 * Whether an element is on screen or close to it. Charts far below the fold are not drawn:
 * a filter change then re-renders only the few charts the room can see (DESIGN §5 budget:
 * all visible panels updated within 100 ms p50), and the others draw as they scroll near.
 * Their box keeps its fixed size, so nothing shifts. Printing draws every chart (a handout
 * has them all), and where IntersectionObserver is absent (jsdom, old engines) all draw.
 */
import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/** How far outside the viewport a chart is already drawn, so scrolling meets drawn charts. */
export const NEAR_MARGIN = '400px 0px'

/**
 * Whether `el` is near the viewport (within `margin`). Pass the element from a callback ref
 * (state), so a box that mounts later (table view switched back to the chart) is observed too.
 * `initial` is the answer until the first observation (default: near only without an observer).
 */
export function useNearViewport(
  el: Element | null,
  { margin = NEAR_MARGIN, initial }: { margin?: string; initial?: boolean } = {},
): boolean {
  const [near, setNear] = useState(() => initial ?? typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    if (!el || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1)
        if (last) setNear(last.isIntersecting)
      },
      { rootMargin: margin },
    )
    observer.observe(el)
    // beforeprint is the last moment to draw before the print layout is taken: synchronously.
    const onPrint = () => flushSync(() => setNear(true))
    window.addEventListener('beforeprint', onPrint)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', onPrint)
    }
  }, [el, margin])
  return near
}
