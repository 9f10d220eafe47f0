import { CHART_READY, markChartReady, observeChartReady } from './perf'

describe('markChartReady', () => {
  beforeEach(() => performance.clearMarks(CHART_READY))

  it('marks chart-ready once, at the first call', async () => {
    markChartReady()
    const [first] = performance.getEntriesByName(CHART_READY, 'mark')
    await new Promise((r) => setTimeout(r, 5))
    markChartReady()
    const marks = performance.getEntriesByName(CHART_READY, 'mark')
    expect(marks).toHaveLength(1)
    expect(marks[0]?.startTime).toBe(first?.startTime)
  })
})

describe('observeChartReady', () => {
  beforeEach(() => performance.clearMarks(CHART_READY))
  const frame = () => new Promise((r) => requestAnimationFrame(r))

  it('marks when a chart surface appears, not before', async () => {
    const root = document.createElement('div')
    document.body.append(root)
    const stop = observeChartReady(root)
    root.append(document.createElement('p'))
    await frame()
    expect(performance.getEntriesByName(CHART_READY)).toHaveLength(0)
    root.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    await frame()
    await frame()
    expect(performance.getEntriesByName(CHART_READY)).toHaveLength(1)
    stop()
    root.remove()
  })

  it('does nothing after cleanup', async () => {
    const root = document.createElement('div')
    observeChartReady(root)()
    root.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    await frame()
    await frame()
    expect(performance.getEntriesByName(CHART_READY)).toHaveLength(0)
  })
})
