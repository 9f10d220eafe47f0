import { CHART_READY, markChartReady } from './perf'

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
