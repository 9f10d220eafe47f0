import { expect, test, type Page } from '@playwright/test'

const panel = (page: Page) => page.getByRole('region', { name: 'Private Investment' })

async function choose(page: Page, label: string, option: string) {
  await panel(page)
    .getByRole('combobox', { name: label, exact: true })
    .selectOption({ label: option })
}

test('2023 in AI Index 2024: the US–China gap, then per capita against World Bank population', async ({
  page,
}) => {
  await page.goto('/?year=2023&edition=aiindex-2024')
  const table = panel(page).getByRole('table', { name: /AI private investment in 2023/ })
  await expect(table.getByRole('row', { name: /^United States/ })).toContainText('67.2')
  await expect(table.getByRole('row', { name: /^China/ })).toContainText('7.76')
  // Charts are drawn near the viewport only: bring the first one on screen, as a user would.
  await panel(page).getByRole('figure').first().scrollIntoViewIfNeeded()
  await expect(panel(page).locator('.recharts-surface').first()).toBeVisible()

  await choose(page, 'Normalise', 'Per capita')
  await expect(page).toHaveURL(/norm=per-capita/)
  const perCapita = panel(page).getByRole('table', { name: /US\$ per person/ })
  // 67.22e9 US$ / 336,806,231 people (World Bank, 2023) = 199.58 US$ per person
  await expect(perCapita.getByRole('row', { name: /^United States/ })).toContainText('200') // 199.58 → 200
  // 7.76e9 / 1,410,710,000 = 5.50
  await expect(perCapita.getByRole('row', { name: /^China/ })).toContainText('5.5')
})

test('EU-27 is the sum of its reporting members, with the coverage shown', async ({ page }) => {
  await page.goto('/?year=2024&edition=aiindex-2025&region=eu27')
  const row = panel(page)
    .getByRole('table', { name: /AI private investment in 2024/ })
    .getByRole('row', { name: /EU-27 \(sum of members\)/ })
  await expect(row).toContainText(/\d+ of 27 members report/)
})

test('pledges against flows: Stargate is $125bn a year beside US investment', async ({ page }) => {
  await page.goto('/?year=2024&edition=aiindex-2025')
  const pledges = panel(page).getByRole('region', { name: 'Pledges against flows' })
  const stargate = pledges.getByRole('row', { name: /^Stargate Project.*2025-01-21/ }).first()
  await expect(stargate).toContainText('$125bn a year')
  await expect(stargate).toContainText('109 (2024, AI Index 2025)') // 109.08
})

test('in the pledges chart each bar is styled as its row: pledges hatched, money invested solid', async ({
  page,
}) => {
  // 2025: some rows have no bar (no horizon stated, too few members report).
  await page.goto('/?year=2025&selected=USA')
  const pledges = panel(page).getByRole('region', { name: 'Pledges against flows' })
  // Charts are drawn near the viewport only: bring it on screen, as a user would.
  await pledges.scrollIntoViewIfNeeded()
  const chart = pledges.locator('svg.recharts-surface').first()
  await expect(chart.locator('rect.chart-bar')).not.toHaveCount(0)
  const rows = await chart.evaluate((svg) => {
    const middle = (el: Element) => {
      const r = el.getBoundingClientRect()
      return r.top + r.height / 2
    }
    const labels = [
      ...svg.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-label'),
    ].map((tick) => ({ text: tick.querySelector('text')?.textContent ?? '', y: middle(tick) }))
    return [...svg.querySelectorAll('rect.chart-bar')].map((bar) => {
      const y = middle(bar)
      const row = labels.reduce((a, b) => (Math.abs(b.y - y) < Math.abs(a.y - y) ? b : a))
      return { row: row.text, hatched: bar.getAttribute('fill')?.startsWith('url(') ?? false }
    })
  })
  expect(rows.length).toBeGreaterThanOrEqual(3)
  expect(rows.some((r) => r.hatched)).toBe(true)
  for (const r of rows) expect([r.row, r.hatched]).toEqual([r.row, !r.row.includes('invested')])
})

test('a bloc of your own: name the chosen countries, see its sum and coverage, kept in the URL', async ({
  page,
}) => {
  await page.goto('/?year=2025&countries=FRA,DEU,ITA')
  await panel(page)
    .getByLabel(/Name the 3 chosen countries as a bloc/)
    .fill('Big three')
  await panel(page).getByRole('button', { name: 'Make bloc' }).click()
  await expect(page).toHaveURL(/bloc=Big\+three:FRA,DEU,ITA|bloc=Big%20three:FRA,DEU,ITA/)
  const row = panel(page)
    .getByRole('table', { name: /AI private investment in 2025/ })
    .getByRole('row', { name: /Big three \(your bloc\)/ })
  // France 4.364053412 + Germany 3.885044997 = 8.249… (AI Index 2026, 2025) → 8.25; Italy does
  // not report.
  await expect(row).toContainText('8.25')
  await expect(row).toContainText('2 of 3 members report')
  await expect(
    panel(page)
      .getByRole('table', { name: /AI private investment in 2025/ })
      .getByRole('row', { name: /^Italy/ }),
  ).toContainText('no data')
})

test('revisions between editions are stated, not silently replaced', async ({ page }) => {
  await page.goto('/?year=2023')
  await expect(
    panel(page).getByRole('region', { name: 'Revisions between editions' }),
  ).toContainText('United States 2023: $67.2bn (AI Index 2024) → $72.4bn (AI Index 2026)')
})

test('constant 2021 US$: a separate series, named on the axis, for the four entities that have it', async ({
  page,
}) => {
  await page.goto('/?price=real&year=2024')
  const table = panel(page).getByRole('table', {
    name: /AI private investment in 2024, US\$ bn, constant 2021 US\$/,
  })
  // OWID 2025, constant 2021 US$: United States 2024 = 94.222887831 → 94.2.
  await expect(table.getByRole('row', { name: /^United States/ })).toContainText('94.2')
  await expect(table.getByRole('row')).toHaveCount(5)
  await expect(
    panel(page)
      .getByText(/only the United States, China, Europe and World/)
      .first(),
  ).toBeVisible()
})

test('chart ⇄ table: the trend table marks the points revised since the previous edition', async ({
  page,
}) => {
  await page.goto('/?year=2023')
  // "Show table" turns one figure into its table: the trend's.
  const figure = panel(page).getByRole('figure', { name: /^AI private investment, 2013–2025/ })
  await figure.getByRole('button', { name: 'Show table' }).click()
  const trend = figure.getByRole('table', { name: /^AI private investment, 2013–2025/ })
  // AI Index 2026 revised US 2023 from 67.22 (AI Index 2024) to 72.36 (shown as 72.4); the
  // revised years have their own column, so the year cells stay numbers in exports.
  const us = trend.getByRole('row', { name: /^United States/ })
  await expect(us).toContainText('72.4')
  await expect(us).toContainText('◆ 2023')
  await expect(page).toHaveURL(/tables=investment\.trend/)
})
