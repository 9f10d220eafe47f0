import { expect, test, type Page } from '@playwright/test'

const panel = (page: Page) => page.getByRole('region', { name: 'Models & Patents' })
const headline = (page: Page) =>
  panel(page).getByRole('table', { name: /Models and granted AI patents in/ })
const HIGHLIGHT = '#D55E00'

async function choose(page: Page, label: RegExp, option: string) {
  await panel(page).getByRole('combobox', { name: label }).selectOption({ label: option })
}

test('2023 in AI Index 2024: 61 notable models for the US, 15 for China; the quoted foundation counts are not data', async ({
  page,
}) => {
  await page.goto('/?year=2023&edition=aiindex-2024')
  const cells = async (country: string) =>
    headline(page)
      .getByRole('row', { name: new RegExp(`^${country}`) })
      .getByRole('cell')
      .allInnerTexts()
  await expect(headline(page)).toHaveAccessibleName(
    'Models and granted AI patents in 2023, AI Index 2024',
  )
  await expect(headline(page).getByRole('row', { name: /^United States/ })).toBeVisible()
  expect((await cells('United States')).slice(0, 1)).toEqual(['61'])
  expect((await cells('China')).slice(0, 1)).toEqual(['15'])
  // US 109 and China 20 foundation models are the ING article's figures: claims, not a column.
  await expect(headline(page)).not.toContainText('109')
  // The same year in AI Index 2026 is another count, and the table says which edition.
  await page.goto('/?year=2023')
  await expect(headline(page)).toHaveAccessibleName(
    'Models and granted AI patents in 2023, AI Index 2026',
  )
  expect((await cells('United States')).slice(0, 1)).toEqual(['87'])
})

test('patents per 100k inhabitants sort by value, both ways', async ({ page }) => {
  await page.goto('/?edition=aiindex-2025&tables=models')
  const table = panel(page).getByRole('table', {
    name: /Patents per 100k inhabitants, 2023, by value/,
  })
  await expect(table.getByRole('row').nth(1)).toBeVisible()
  const texts = async () =>
    (await table.getByRole('row').allInnerTexts()).slice(1).map((t) => t.split('\t')[1] ?? '')
  // "< 0.01" (a figure too small for two decimals) reads as above 0 and below any number shown.
  const values = async () =>
    (await texts()).map((t) => (t === '< 0.01' ? Number.MIN_VALUE : Number(t)))
  const desc = await values()
  expect(desc.length).toBe(54)
  // 17.27 to three significant digits.
  expect(desc[0]).toBe(17.3)
  expect(desc).toEqual([...desc].sort((a, b) => b - a))
  await choose(page, /Sort/, 'Lowest first')
  await expect(table.getByRole('row').nth(1)).toContainText('Indonesia')
  const asc = await values()
  expect(asc).toEqual([...asc].sort((a, b) => a - b))
  expect(asc.every((v) => v > 0)).toBe(true)
  // Indonesia's 0.000355631 is said to be small, never shown as 0.
  expect((await texts())[0]).toBe('< 0.01')
})

test('the output-per-dollar scatter has one point per country with both series, for either investment total', async ({
  page,
}) => {
  const scatter = panel(page).getByRole('figure', { name: /Output per dollar/ })
  const count = async () => {
    // Charts are drawn near the viewport only: bring the scatter on screen, as a user would.
    await scatter.scrollIntoViewIfNeeded()
    await expect(scatter.locator('.recharts-scatter-symbol').first()).toBeVisible()
    return scatter.locator('.recharts-scatter-symbol').count()
  }
  const rows = async () =>
    (await panel(page)
      .getByRole('table', { name: 'Output per dollar (computed here)' })
      .getByRole('row')
      .count()) - 1
  await page.goto('/')
  expect(await count()).toBe(15)
  await choose(page, /Investment total/, 'AI Index 2025')
  await expect(scatter).toContainText('The periods differ: investment 2013–2024')
  const points2025 = await count()
  await scatter.getByRole('button', { name: 'Show table' }).click()
  expect(await rows()).toBe(points2025)
  expect(points2025).toBeGreaterThan(15)
  await panel(page).getByRole('button', { name: 'Log scale' }).click()
  await expect(page).toHaveURL(/log=1/)
})

test('selecting a country in one chart highlights it in the others and in the URL', async ({
  page,
}) => {
  await page.goto('/')
  const bars = panel(page).getByRole('figure', { name: /per 100,000 inhabitants/ })
  const scatter = panel(page).getByRole('figure', { name: /Output per dollar/ })
  // Charts are drawn near the viewport only: each is brought on screen before it is read.
  await bars.scrollIntoViewIfNeeded()
  await expect(bars.locator('.recharts-bar-rectangle').first()).toBeVisible()
  await bars.locator('.recharts-bar-rectangle').first().click()
  await expect(page).toHaveURL(/selected=KOR/)
  await expect(
    panel(page)
      .getByRole('combobox', { name: 'Highlight' })
      .getByRole('option', { name: 'South Korea', selected: true }),
  ).toHaveCount(1)
  // The scatter marks exactly one point: South Korea's.
  await scatter.scrollIntoViewIfNeeded()
  await expect(scatter.locator(`.recharts-scatter-symbol path[fill="${HIGHLIGHT}"]`)).toHaveCount(1)
  // The Private Investment table marks the same country.
  await expect(
    page
      .getByRole('region', { name: 'Private Investment' })
      .getByRole('table', { name: /AI private investment in/ })
      .locator('tr.row--selected'),
  ).toContainText('South Korea')

  // Clicking a scatter point moves the selection; the headline table follows.
  await scatter.getByText('China', { exact: true }).waitFor()
  await scatter
    .locator(`.recharts-scatter-symbol path`)
    .nth(1) // sorted by investment: United States, then China
    .click({ force: true })
  await expect(page).toHaveURL(/selected=CHN/)
  await expect(headline(page).locator('tr.row--selected')).toContainText('China')
  await bars.scrollIntoViewIfNeeded()
  await expect(bars.locator(`.recharts-bar-rectangle rect[fill="${HIGHLIGHT}"]`)).toHaveCount(1)
})
