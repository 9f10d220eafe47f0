import { expect, test, type Page } from '@playwright/test'

const panel = (page: Page) => page.getByRole('region', { name: 'Models & Patents' })
const headline = (page: Page) =>
  panel(page).getByRole('table', { name: /Models and granted AI patents in/ })

test('2023 in AI Index 2024: 61 notable and 109 foundation models for the US, 15 and 20 for China', async ({
  page,
}) => {
  await page.goto('/?year=2023&edition=aiindex-2024')
  const cells = async (country: string) =>
    headline(page)
      .getByRole('row', { name: new RegExp(`^${country}`) })
      .getByRole('cell')
      .allInnerTexts()
  await expect(headline(page).getByRole('row', { name: /^United States/ })).toBeVisible()
  expect((await cells('United States')).slice(0, 2)).toEqual(['61', '109'])
  expect((await cells('China')).slice(0, 2)).toEqual(['15', '20'])
})

test('patents per 100k inhabitants are sorted by value', async ({ page }) => {
  await page.goto('/?edition=aiindex-2025&tables=models')
  const table = panel(page).getByRole('table', {
    name: /Patents per 100k inhabitants, 2023, by value/,
  })
  await expect(table.getByRole('row').nth(1)).toBeVisible()
  const values = (await table.getByRole('row').allInnerTexts())
    .slice(1)
    .map((t) => Number(t.split('\t')[1]))
  expect(values.length).toBe(54)
  expect(values).toEqual([...values].sort((a, b) => b - a))
})

test('the output-per-dollar scatter has one point per country with both series', async ({
  page,
}) => {
  await page.goto('/')
  const scatter = panel(page).getByRole('figure', { name: /Output per dollar/ })
  await expect(scatter.locator('.recharts-scatter-symbol').first()).toBeVisible()
  const points = await scatter.locator('.recharts-scatter-symbol').count()
  await page.goto('/?tables=models')
  const rows = await panel(page)
    .getByRole('table', { name: 'Output per dollar (computed here)' })
    .getByRole('row')
    .count()
  expect(points).toBe(rows - 1)
  expect(points).toBeGreaterThan(5)
})

test('selecting a country in one chart highlights it in the others and in the URL', async ({
  page,
}) => {
  await page.goto('/')
  const bars = panel(page).getByRole('figure', { name: /per 100,000 inhabitants/ })
  await expect(bars.locator('.recharts-bar-rectangle').first()).toBeVisible()
  await bars.locator('.recharts-bar-rectangle').first().click()
  await expect(page).toHaveURL(/selected=KOR/)
  await expect(panel(page).getByRole('button', { name: /Highlight$/ })).toContainText('South Korea')
  // The Private Investment table marks the same country.
  await expect(
    page
      .getByRole('region', { name: 'Private Investment' })
      .getByRole('table', { name: /AI private investment in/ })
      .locator('tr.row--selected'),
  ).toContainText('South Korea')
})
