import { expect, test, type Page } from '@playwright/test'

const panel = (page: Page) => page.getByRole('region', { name: 'Research & talent' })
const sharesTable = (page: Page) =>
  panel(page).getByRole('table', {
    name: /^Share of world AI publications in computer science, by area, /,
  })
const cellsOf = (page: Page, area: RegExp) =>
  sharesTable(page).getByRole('row', { name: area }).getByRole('cell').allInnerTexts()
const headers = async (page: Page) =>
  (await sharesTable(page).getByRole('columnheader').allInnerTexts()).slice(1)

test('2023 publication shares: China 23.1%, the US 9.2% (AI Index 2026)', async ({ page }) => {
  await page.goto('/?tables=research.publication-shares')
  await expect(sharesTable(page)).toHaveAccessibleName(
    'Share of world AI publications in computer science, by area, 2013–2024',
  )
  const years = await headers(page)
  const at2023 = years.indexOf('2023')
  expect(at2023).toBeGreaterThan(-1)
  expect((await cellsOf(page, /^China/))[at2023]).toBe('23.1%')
  expect((await cellsOf(page, /^United States/))[at2023]).toBe('9.2%')
  // Aggregates are their own rows, as published.
  expect((await cellsOf(page, /^Unknown/))[at2023]).toBe('20.6%')
  const figure = panel(page).getByRole('figure', { name: /^Share of world AI publications/ })
  await expect(figure).toContainText('Edition: AI Index 2026')
  await expect(figure).toContainText('Licence: CC BY-ND 4.0 (AI Index public data)')
})

test('the publication and citation claims show their statuses beside the figures', async ({
  page,
}) => {
  await page.goto('/')
  const pubs = panel(page).getByRole('region', { name: 'Quoted in the debate: publications' })
  const pubClaim = pubs.getByRole('listitem', {
    name: 'China was the world leader in AI publications in journals and conferences, 2023',
  })
  await expect(pubClaim).toBeVisible()
  await expect(pubClaim.getByRole('definition').nth(1)).toHaveText('unverified')
  const cites = panel(page).getByRole('region', { name: 'Quoted in the debate: citations' })
  const citeClaim = cites.getByRole('listitem', {
    name: 'China was the world leader in citations from AI journal publications, 2023',
  })
  await expect(citeClaim.getByRole('definition').nth(1)).toHaveText('unverified')
  // Each list sits beside its figure: the same section.
  const pubSection = panel(page).getByRole('region', { name: 'AI publications', exact: true })
  await expect(
    pubSection.getByRole('figure', { name: /^Share of world AI publications/ }),
  ).toBeVisible()
  await expect(
    pubSection.getByRole('region', { name: 'Quoted in the debate: publications' }),
  ).toBeVisible()
  const citeSection = panel(page).getByRole('region', {
    name: 'Citations and the most-cited papers',
  })
  await expect(citeSection.getByRole('figure', { name: /^Citations of AI journal/ })).toBeVisible()
  await expect(
    citeSection.getByRole('region', { name: 'Quoted in the debate: citations' }),
  ).toBeVisible()
})

test('the years filter changes the chart’s range', async ({ page }) => {
  await page.goto('/?tables=research.publication-shares')
  await expect(sharesTable(page)).toHaveAccessibleName(/2013–2024$/)
  const first = page.getByRole('slider', { name: 'First year' })
  const min = await first.evaluate((el) => Number((el as HTMLInputElement).min))
  expect(min).toBeGreaterThan(1990)
  await first.focus()
  for (let y = min; y < 2018; y++) await page.keyboard.press('ArrowRight')
  await expect(first).toHaveValue('2018')
  await expect(sharesTable(page)).toHaveAccessibleName(
    'Share of world AI publications in computer science, by area, 2018–2024',
  )
  expect((await headers(page))[0]).toBe('2018')
  await expect(page).toHaveURL(/years=2018-/)
  // The chart draws the same range (the table is one click away; the chart is the default).
  await panel(page)
    .getByRole('figure', { name: /^Share of world AI publications/ })
    .getByRole('button', { name: 'Show chart' })
    .click()
  await expect(
    panel(page).getByRole('figure', {
      name: 'Share of world AI publications in computer science, by area, 2018–2024',
    }),
  ).toBeVisible()
})
