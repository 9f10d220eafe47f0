import { chartBoxFor, stampLayout } from './svg'

const stamp = {
  header: ['AI private investment, 2013–2025', 'US$ bn, nominal US$'],
  footer: [
    'Region: World · Year: latest with data',
    'Edition: AI Index 2026',
    'Source: Stanford HAI AI Index / Quid — AI Index 2026',
    'Private investment only.',
    'http://127.0.0.1/',
  ],
}

describe('the large image layout', () => {
  it('gives the chart what the title, unit and footer leave of 1920×1080', () => {
    const layout = stampLayout(stamp, 1920)
    // 24 padding + 26 (one title line) + 20 (one unit line) + 12 gap = 82 above;
    // 8 gap + 5 × 16 (footer lines) + 24 padding = 112 below.
    expect(layout.top).toBe(82)
    expect(layout.bottom).toBe(112)
    expect(chartBoxFor(stamp, { width: 1920, height: 1080 })).toEqual({
      width: 1920 - 48,
      height: 1080 - 82 - 112,
    })
  })

  it('wraps long lines and keeps a chart of at least 120 px', () => {
    const long = { header: ['x'], footer: Array.from({ length: 80 }, () => 'a caveat') }
    expect(chartBoxFor(long, { width: 1920, height: 1080 }).height).toBe(120)
    expect(stampLayout({ header: ['word '.repeat(60)], footer: [] }, 640).titleLines).toHaveLength(
      6,
    )
  })
})
