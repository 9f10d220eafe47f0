import { expect, test, type Page } from '@playwright/test'

// Exact: the published ranking's table region is named "Global AI Vibrancy ranking, …".
const panel = (page: Page) => page.getByRole('region', { name: 'AI Vibrancy Ranking', exact: true })
const published = (page: Page) => panel(page).getByRole('table', { name: /as published/ })
const computed = (page: Page) =>
  panel(page).getByRole('table', { name: /ranks, pillar scores and robustness/ })

test('GVT 2022 release, 2021 data: United States 1, China 2, India 3 with 70.1, 49.1 and 37.7', async ({
  page,
}) => {
  await page.goto('/?year=2021&gvt=gvt-2022')
  await expect(published(page)).toHaveAccessibleName(
    /Global AI Vibrancy Tool 2022 \(third-party copy\) \(data year 2021\)/,
  )
  for (const [country, rank, score] of [
    ['United States', '1', '70.1'],
    ['China', '2', '49.1'],
    ['India', '3', '37.7'],
  ] as const) {
    const cells = published(page)
      .getByRole('row', { name: new RegExp(`^${country}`) })
      .getByRole('cell')
    await expect(cells.nth(0)).toHaveText(rank)
    await expect(cells.nth(1)).toHaveText(score)
  }
  // Its provenance is said beside it: a third-party copy, equal pillar weights, a country missing.
  const chart = panel(page).getByRole('figure', { name: /^Published ranking: .*2022/ })
  await expect(chart).toContainText('third-party XLSX copy')
  await expect(chart).toContainText('equal pillar weights')
  await expect(chart).toContainText('rank 15 missing from the copy')
  // The pillar scores are drawn as well, from the same release.
  const pillars = panel(page).getByRole('figure', { name: /^Published pillar scores: .*2021 data/ })
  await expect(pillars.getByText('65.2', { exact: true })).toBeVisible()
  // A published zero (Russia's economy pillar) is labelled, not left as a blank row.
  await expect(pillars.locator('svg').getByText('0.0', { exact: true })).toHaveCount(1)
})

test('the movement chart spans 2017–2021, 2023 and 2024, with the method break marked', async ({
  page,
}) => {
  await page.goto('/')
  const chart = panel(page).getByRole('figure', { name: /^How the published ranks moved/ })
  await chart.scrollIntoViewIfNeeded()
  // Drawn twice: between GVT 2022 and GVT 2024, and between GVT 2024 and GVT 2025.
  const breaks = chart.locator('svg').getByText('method break')
  await expect(breaks.first()).toBeVisible()
  await expect(breaks).toHaveCount(2)
  // A line per country and release, none across a break: each release ranks by its own method.
  const { rules, spans } = await chart.locator('svg.recharts-surface').evaluate((svg) => ({
    rules: [...svg.querySelectorAll('.slope__break line')].map((l) => Number(l.getAttribute('x1'))),
    spans: [...svg.querySelectorAll('path.slope__line')].map((p) => {
      const xs = [...(p.getAttribute('d') ?? '').matchAll(/[ML](-?[\d.]+),/g)].map((m) =>
        Number(m[1]),
      )
      return [Math.min(...xs), Math.max(...xs)] as const
    }),
  }))
  expect(rules).toHaveLength(2)
  // The 29 countries of GVT 2022 alone draw at least 29 lines.
  expect(spans.length).toBeGreaterThanOrEqual(29)
  for (const [from, to] of spans) for (const x of rules) expect(x < from || x > to).toBe(true)
  await expect(chart.locator('svg').getByText('1 United States', { exact: true })).toHaveCount(3)
  for (const year of ['2017', '2021', '2023', '2024'])
    await expect(chart.getByText(year, { exact: true }).first()).toBeVisible()
  // Editions by their labels, never their ids.
  await expect(chart).toContainText('GVT 2022 (third-party copy): 2017–2021 data')
  await expect(chart).not.toContainText('gvt-2022')
})

test('the default published ranking lists the ranked countries and one line for the rest', async ({
  page,
}) => {
  await page.goto('/')
  const chart = panel(page).getByRole('figure', {
    name: /^Published ranking: Global AI Vibrancy Tool 2025/,
  })
  await expect(chart.getByText('78.6')).toBeVisible()
  await expect(chart.locator('svg').getByText(/not in the published top/)).toHaveCount(0)
  await expect(chart.getByText(/^\d+ countries are not in the published top 8: /)).toHaveCount(1)
  await expect(chart).not.toContainText('Only 0 of')
})

test('the open index computes for 2023 and names its sources by citation, edition and licence', async ({
  page,
}) => {
  // AI Index 2024 lists 2023 investment by country (AI Index 2026: the US and China alone).
  await page.goto('/?year=2023&edition=aiindex-2024')
  await expect(computed(page).getByRole('row').nth(5)).toBeVisible()
  const figure = panel(page).getByRole('figure', {
    name: /^Computed here: open AI index of \d+ countries/,
  })
  await expect(figure).toContainText('AI Index 2024, 2023 data: Private AI investment, latest year')
  await expect(figure).toContainText('2023 data: AI job postings, share of all postings')
  await expect(figure).toContainText(/Licence: [^.]*CC BY-ND 4.0 \(AI Index public data\)/)
  await expect(figure).not.toContainText('investment-latest')
  await expect(figure).not.toContainText('aiindex-')
  // Each country's coverage: inputs with figures, of those with data in this view.
  await expect(
    computed(page).getByRole('columnheader', { name: /^Inputs \(of \d+\)$/ }),
  ).toBeVisible()
})
