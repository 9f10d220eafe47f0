/**
 * User-timing marks the benchmark reads (bench/run.mjs). `chart-ready` is set once per page
 * load, by the first chart that has drawn its data: the moment the room sees a chart, which
 * LCP does not measure (the LCP element is usually a heading).
 */
export const CHART_READY = 'chart-ready'

/** Marks the first chart drawn with data; later calls do nothing. Safe where timing is absent. */
export function markChartReady(): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return
  if (performance.getEntriesByName(CHART_READY, 'mark').length > 0) return
  performance.mark(CHART_READY)
}

/**
 * Marks chart-ready once `root` holds a drawn chart (an SVG surface), at the frame that shows
 * it. Returns a cleanup. Does nothing once the mark exists.
 */
export function observeChartReady(root: Element, selector = 'svg'): () => void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(CHART_READY).length > 0)
    return () => undefined
  let done = false
  const found = () => {
    if (done || !root.querySelector(selector)) return false
    done = true
    observer?.disconnect()
    requestAnimationFrame(markChartReady)
    return true
  }
  const observer = typeof MutationObserver === 'undefined' ? null : new MutationObserver(found)
  if (!found()) observer?.observe(root, { childList: true, subtree: true })
  return () => {
    done = true
    observer?.disconnect()
  }
}
