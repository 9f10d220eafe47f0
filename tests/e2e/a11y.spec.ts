/**
 * axe (WCAG 2.x A/AA rules) on every view reachable by URL: the default, table views, each
 * kind of region (bloc, M49 region, sub-region), a normalisation, presentation mode and each
 * theme the app offers. 0 violations everywhere.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const VIEWS: readonly (readonly [string, string])[] = [
  ['default view', ''],
  ['every panel as tables', 'tables=vibrancy,investment,models'],
  ['a bloc (EU-27)', 'region=eu27'],
  ['an M49 region (Europe)', 'region=europe'],
  ['an M49 sub-region (Eastern Asia)', 'region=eastern-asia'],
  ['per capita, older edition', 'norm=per-capita&edition=aiindex-2024&year=2023'],
  ['share of GDP', 'norm=share-of-gdp'],
  ['presentation mode', 'present=1'],
]

/** Themes are a preference of the viewer (localStorage), not part of the link. */
const THEMED: readonly (readonly [string, string, string])[] = [
  ['dark theme', 'dark', ''],
  ['dark theme, tables', 'dark', 'tables=vibrancy,investment,models'],
  ['projector theme', 'projector', ''],
  ['projector theme, tables', 'projector', 'tables=vibrancy,investment,models'],
  ['projector theme, presentation mode', 'projector', 'present=5'],
]

async function settle(page: Page) {
  // A table on the dashboard; a slide shows its figure's chart (its table is in the export).
  await expect(
    page.getByRole('main').locator('table, .chart-frame__chart svg.recharts-surface').first(),
  ).toBeVisible()
  await expect(page.locator('.panel-state--loading')).toHaveCount(0)
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
}

async function expectNoViolations(page: Page) {
  await settle(page)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(
    results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(', ')}`,
    ),
  ).toEqual([])
}

for (const [name, search] of VIEWS)
  test(`axe: ${name}`, async ({ page }) => {
    await page.goto(`/${search ? `?${search}` : ''}`)
    await expectNoViolations(page)
  })

for (const [name, theme, search] of THEMED)
  test(`axe: ${name}`, async ({ page }) => {
    await page.addInitScript((t) => window.localStorage.setItem('ai-monitor:theme', t), theme)
    await page.goto(`/${search ? `?${search}` : ''}`)
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await expectNoViolations(page)
  })

test('every chart has an accessible name and a table view with its numbers', async ({ page }) => {
  await page.goto('/')
  await settle(page)
  const main = page.getByRole('main')
  // By figure id: a chart shown as its table can fold away the table beside it (the same rows),
  // so positions shift while the loop runs.
  const ids = await main
    .locator('figure[data-figure]')
    .evaluateAll((els) => els.map((f) => f.getAttribute('data-figure') ?? ''))
  expect(ids.length).toBeGreaterThan(2)
  for (const [i, id] of ids.entries()) {
    const figure = main.locator(`figure[data-figure="${id}"]`)
    if ((await figure.count()) === 0) continue
    const name = await figure.evaluate(
      (f) =>
        f.getAttribute('aria-label') ??
        document.getElementById(f.getAttribute('aria-labelledby') ?? '')?.textContent ??
        '',
    )
    expect(name.trim().length, `figure ${i}`).toBeGreaterThan(3)
    // A figure with nothing to draw (no data, or waiting for a country to be picked) says why.
    if ((await figure.locator('.chart-frame__empty').count()) > 0) continue
    if ((await figure.getByRole('table').count()) > 0) continue
    const toggle = figure.getByRole('button', { name: 'Show table', exact: true })
    await expect(toggle, `figure “${name}” has a table view`).toHaveCount(1)
    await toggle.click()
    await expect(figure.getByRole('table'), `figure “${name}” shows its table`).toBeVisible()
  }
})
