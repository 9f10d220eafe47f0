import { expect, test, type Locator, type Page } from '@playwright/test'

const panel = (page: Page) => page.getByRole('region', { name: 'AI Vibrancy Ranking' })
const published = (page: Page) => panel(page).getByRole('table', { name: /as published/ })
const computed = (page: Page) =>
  panel(page).getByRole('table', { name: /ranks, pillar scores and robustness/ })

test('GVT 2024 as published: United States 1st, China 2nd, France 6th, Germany 8th', async ({
  page,
}) => {
  await page.goto('/?gvt=gvt-2024')
  for (const [country, rank] of [
    ['United States', '1'],
    ['China', '2'],
    ['France', '6'],
    ['Germany', '8'],
  ] as const)
    await expect(
      published(page)
        .getByRole('row', { name: new RegExp(`^${country}`) })
        .getByRole('cell')
        .first(),
    ).toHaveText(rank)
})

test('a weight slider re-ranks the computed index, writes the URL, and reload restores it', async ({
  page,
}) => {
  await page.goto('/?gvt=gvt-2024')
  const firstRows = async () =>
    (await computed(page).getByRole('row').allInnerTexts()).slice(1, 6).map((t) => t.split('\t')[0])
  await expect(computed(page).getByRole('row').nth(1)).toBeVisible()
  const before = await firstRows()
  const research = panel(page).getByRole('slider', { name: /R&D weight/ })
  await research.focus()
  for (let i = 0; i < 16; i++) await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/weights=economy:1,research:0/)
  await expect.poll(firstRows).not.toEqual(before)
  const after = await firstRows()
  await page.reload()
  await expect(panel(page).getByRole('slider', { name: /R&D weight/ })).toHaveValue('0')
  await expect.poll(firstRows).toEqual(after)
})

test('the table lists the same numbers as the chart', async ({ page }) => {
  await page.goto('/?gvt=gvt-2024')
  const chart = panel(page).getByRole('figure', { name: /open AI index of \d+ countries/ })
  // Charts are drawn near the viewport only: bring it on screen, as a user would.
  await chart.scrollIntoViewIfNeeded()
  await expect(chart.locator('.bars__values').first()).toBeVisible()
  const labels = (await chart.locator('.bars__values text').allTextContents()).map(Number)
  const values = (await computed(page).getByRole('row').allInnerTexts())
    .slice(1, labels.length + 1)
    .map((t) => Number(t.split('\t')[2]))
  expect(labels.length).toBeGreaterThan(5)
  expect(values).toEqual(labels)
})

test('the region filter narrows the countries ranked', async ({ page }) => {
  await page.goto('/?gvt=gvt-2024')
  await expect(computed(page).getByRole('row', { name: /^United States/ })).toBeVisible()
  await page.goto('/?gvt=gvt-2024&region=europe')
  await expect(computed(page).getByRole('row', { name: /^Germany/ })).toBeVisible()
  await expect(computed(page).getByRole('row', { name: /^United States/ })).toHaveCount(0)
  await expect(computed(page).getByRole('row', { name: /^China/ })).toHaveCount(0)
  await expect(published(page).getByRole('row', { name: /^United States/ })).toHaveCount(0)
  await expect(published(page).getByRole('row', { name: /^France/ })).toBeVisible()
})

test('the published ranking chart says why a row has no bar; a preset is one Back step', async ({
  page,
}) => {
  await page.goto('/?gvt=gvt-2025&edition=aiindex-2025')
  const chart = panel(page).getByRole('figure', {
    name: /Published ranking: Global AI Vibrancy Tool 2025/,
  })
  await expect(chart.getByText('78.6')).toBeVisible()
  await expect(chart.getByText('score not published').first()).toBeVisible()
  await expect(chart.getByText('not in the published top 8').first()).toBeVisible()
  await expect(panel(page).getByRole('status', { name: 'Cross-check' })).toContainText(
    'Global AI Vibrancy Tool 2025 (2024 data)',
  )
  await panel(page).getByRole('button', { name: 'Economy-heavy' }).click()
  await expect(page).toHaveURL(/weights=economy:3,research:1/)
  await expect(panel(page).getByRole('button', { name: 'Economy-heavy' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.goBack()
  await expect(page).not.toHaveURL(/weights=/)
  await expect(panel(page).getByRole('button', { name: 'Equal' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
})

test('with no published score in view (EU-27) the chart still shows its 0–100 scale', async ({
  page,
}) => {
  await page.goto('/?region=eu27')
  const chart = panel(page).getByRole('figure', { name: /Published ranking/ })
  await expect(chart.getByText('score not published')).toBeVisible()
  for (const tick of ['0', '25', '50', '75', '100'])
    await expect(chart.getByText(tick, { exact: true })).toBeVisible()
})

test('a release without pillar scores says so in a line below, and the ranking table sits beside the chart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto('/')
  const chart = panel(page).getByRole('figure', { name: /^Published ranking:/ })
  const pillars = panel(page).getByRole('figure', { name: /^Published pillar scores:/ })
  await expect(pillars).toContainText('publishes no pillar scores')
  const box = async (l: Locator) => {
    const b = await l.boundingBox()
    if (!b) throw new Error('not drawn')
    return b
  }
  const c = await box(chart)
  const t = await box(published(page))
  const p = await box(pillars)
  // Beside: the table starts level with the chart, to its right, on the first screen.
  expect(t.x).toBeGreaterThan(c.x + c.width - 1)
  expect(Math.abs(t.y - c.y)).toBeLessThan(40)
  // Below both, the full width of the panel's content.
  expect(p.y).toBeGreaterThan(c.y + c.height - 1)
  expect(p.width).toBeGreaterThan(c.width + t.width)
  // A release with pillar scores (GVT 2022, 2020 data) draws them beside the ranking.
  await page.goto('/?year=2020')
  await expect(pillars.getByRole('application')).toBeVisible()
  const c2 = await box(chart)
  const p2 = await box(pillars)
  expect(Math.abs(p2.y - c2.y)).toBeLessThan(40)
})
