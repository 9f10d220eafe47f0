/**
 * Legibility (issue 17), on the default dashboard and five other views: inside every chart
 * drawn no two text labels overlap (the bounding boxes of the SVG text elements), no axis
 * repeats a label, and no number on the page shows more than three decimals. Charts are drawn
 * only near the viewport, so each figure is scrolled into view before it is read.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'

const VIEWS: readonly (readonly [string, string])[] = [
  ['the default dashboard', '/'],
  ['per capita', '/?norm=per-capita'],
  ['% of GDP, 2023', '/?norm=share-of-gdp&year=2023'],
  ['a custom bloc', '/?year=2025&countries=FRA,DEU,ITA&bloc=Big+three:FRA,DEU,ITA'],
  ['EU-27, 2023, AI Index 2024', '/?region=eu27&year=2023&edition=aiindex-2024'],
  ['log scale', '/?log=1'],
]

interface ChartReport {
  readonly texts: number
  readonly overlaps: readonly string[]
  readonly repeated: readonly string[]
}

/** Overlapping text boxes and repeated axis labels inside one chart (run in the page). */
function inspect(figure: Element): ChartReport {
  // A chart's SVG, or a map's (its legend writes breaks and labels too).
  const svg = figure.querySelector(
    '.chart-frame__chart svg.recharts-surface, .chart-frame__chart .map > svg',
  )
  if (!svg) return { texts: 0, overlaps: [], repeated: [] }
  const boxes = [...svg.querySelectorAll('text')]
    .map((t) => ({ text: (t.textContent ?? '').trim(), box: t.getBoundingClientRect() }))
    .filter((b) => b.text !== '' && b.box.width > 0 && b.box.height > 0)
  const overlaps: string[] = []
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left)
      const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top)
      // More than a pixel each way: touching glyph boxes are not an overlap.
      if (w > 1 && h > 1) overlaps.push(`"${a.text}" × "${b.text}"`)
    }
  })
  const repeated: string[] = []
  for (const axis of svg.querySelectorAll('.recharts-cartesian-axis-tick-labels')) {
    // Each tick's first text is its label (a bar row may add why it has no bar, beside it).
    const labels = [...axis.querySelectorAll('.recharts-cartesian-axis-tick-label')].map((tick) =>
      (tick.querySelector('text')?.textContent ?? '').trim(),
    )
    const seen = new Set<string>()
    for (const l of labels) {
      if (seen.has(l)) repeated.push(l)
      seen.add(l)
    }
  }
  return { texts: boxes.length, overlaps, repeated }
}

/** Waits for the page's data, then reads every drawn chart, each scrolled into view first. */
async function readCharts(page: Page): Promise<Map<string, ChartReport>> {
  await expect(
    page.getByRole('region', { name: 'Models & Patents' }).getByRole('table').first(),
  ).toBeVisible()
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 })
  const figures = page.locator('figure[data-figure]')
  const reports = new Map<string, ChartReport>()
  for (let i = 0; i < (await figures.count()); i++) {
    const figure = figures.nth(i)
    const id = (await figure.getAttribute('data-figure')) ?? String(i)
    if ((await figure.locator('.chart-frame__chart').count()) === 0) continue
    await figure.scrollIntoViewIfNeeded()
    await expect(
      figure
        .locator('.chart-frame__chart svg.recharts-surface, .chart-frame__chart .map > svg')
        .first(),
    ).toBeVisible()
    await settle(figure)
    reports.set(id, await figure.evaluate(inspect))
  }
  return reports
}

/** Two animation frames: the chart has measured its box and drawn its label layer. */
async function settle(figure: Locator) {
  await figure.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  )
}

for (const [name, url] of VIEWS)
  test(`${name}: chart labels never overlap, axes never repeat, numbers show at most 3 decimals`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    await page.goto(url)
    const reports = await readCharts(page)
    expect(reports.size).toBeGreaterThanOrEqual(5)
    for (const [id, r] of reports) {
      expect(r.texts, `${id} draws its labels`).toBeGreaterThan(0)
      expect(r.overlaps, `${id}: overlapping labels`).toEqual([])
      expect(r.repeated, `${id}: repeated axis labels`).toEqual([])
    }
    // Every number on the page, charts, tables, notes and the screen-reader summaries alike.
    const text = await page.locator('body').innerText()
    const summaries = await page.locator('figure p.visually-hidden').allTextContents()
    const long = [text, ...summaries].join('\n').match(/\d+\.\d{4,}/g) ?? []
    expect(long).toEqual([])
  })

test('the output-per-dollar scatter opens log–log, says why, and names every point once', async ({
  page,
}) => {
  await page.goto('/')
  const scatter = page.getByRole('figure', { name: /^Output per dollar/ })
  await scatter.scrollIntoViewIfNeeded()
  await expect(scatter).toContainText(
    'log–log, because the totals span more than two orders of magnitude',
  )
  await expect(page).not.toHaveURL(/log=/)
  const names = scatter.locator('.chart-labels text')
  await expect(names.first()).toBeVisible()
  const drawn = await names.allTextContents()
  expect(new Set(drawn).size).toBe(drawn.length)
  // 15 countries have both totals in AI Index 2026; each is named on the chart.
  expect(drawn).toHaveLength(15)
  expect(drawn).toEqual(expect.arrayContaining(['United States', 'China', 'Sweden']))
})

test('“Show table” turns one figure into its table, not the panel', async ({ page }) => {
  await page.goto('/')
  const models = page.getByRole('region', { name: 'Models & Patents' })
  const scatter = models.getByRole('figure', { name: /^Output per dollar/ })
  const trend = models.getByRole('figure', { name: /^Notable ML models per year/ })
  await scatter.getByRole('button', { name: 'Show table' }).click()
  await expect(page).toHaveURL(/tables=models\.output-per-dollar$/)
  await expect(
    scatter.getByRole('table', { name: 'Output per dollar (computed here)' }),
  ).toBeVisible()
  await expect(trend.getByRole('button', { name: 'Show table' })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
  await expect(trend.getByRole('table')).toHaveCount(0)
  await scatter.getByRole('button', { name: 'Show chart' }).click()
  await expect(page).not.toHaveURL(/tables=/)
})

test('a weight-slider drag is one history entry, and so is a run of key presses: Back undoes each', async ({
  page,
}) => {
  await page.goto('/?gvt=gvt-2024')
  const vibrancy = page.getByRole('region', { name: 'AI Vibrancy Ranking' })
  const slider = vibrancy.getByRole('slider', { name: /R&D weight/ })
  await expect(slider).toHaveValue('1')
  const entries = () => page.evaluate(() => window.history.length)
  const before = await entries()

  // A drag to the left end of the track, in many small moves.
  const thumb = vibrancy.locator('.weight__thumb').nth(1)
  await thumb.scrollIntoViewIfNeeded()
  const track = vibrancy.locator('.weight__track').nth(1)
  const [t, k] = [await thumb.boundingBox(), await track.boundingBox()]
  if (!t || !k) throw new Error('the slider is not laid out')
  await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2)
  await page.mouse.down()
  await page.mouse.move(k.x - 20, t.y + t.height / 2, { steps: 12 })
  await page.mouse.up()
  await expect(slider).toHaveValue('0')
  await expect(page).toHaveURL(/weights=economy:1,research:0/)
  expect(await entries()).toBe(before + 1)

  // Three key presses: one more entry.
  await slider.focus()
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/weights=economy:1,research:0\.75/)
  expect(await entries()).toBe(before + 2)

  // Back undoes the key presses, then the whole drag.
  await page.goBack()
  await expect(page).toHaveURL(/weights=economy:1,research:0(&|$)/)
  await expect(slider).toHaveValue('0')
  await page.goBack()
  await expect(page).not.toHaveURL(/weights=/)
  await expect(slider).toHaveValue('1')
})

test('every figure shown as its table: no number with more than 3 decimals', async ({ page }) => {
  for (const url of [
    '/?tables=vibrancy,investment,models',
    '/?tables=vibrancy,investment,models&norm=per-capita&year=2023&edition=aiindex-2025',
  ]) {
    await page.goto(url)
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 })
    await expect(
      page.getByRole('table', { name: /^Patents per 100k inhabitants|^Output per dollar/ }).first(),
    ).toBeVisible()
    const text = await page.locator('main').innerText()
    expect(text.match(/\d+\.\d{4,}/g) ?? []).toEqual([])
  }
})
