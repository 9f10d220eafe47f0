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
