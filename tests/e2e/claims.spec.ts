/**
 * Issue 15's Done-when list: every quoted claim in the panel of its figure with its status, the
 * DeepSeek quotes on the default dashboard, and every filter obeyed by the panels it touches.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true })

/**
 * The 25 claims served: statement, the panel whose "Quoted in the debate" list holds it (by the
 * placement rule, src/domain/claim-placement.ts) and the status the stated rule gives it.
 */
const CLAIMS: readonly (readonly [string, string, string])[] = [
  ['US notable machine learning models, 2023', 'Models & Patents', 'verified'],
  ['US foundation models, 2023', 'Models & Patents', 'unverified'],
  ['China notable machine learning models, 2023', 'Models & Patents', 'verified'],
  ['China foundation models, 2023', 'Models & Patents', 'unverified'],
  // 68 against 67.22 (AI Index 2024): 1.2% apart, not equal at the quoted precision.
  ['US AI private investment, 2023', 'Private Investment', 'approximately consistent'],
  ['China AI private investment, 2023', 'Private Investment', 'consistent with rounding'],
  ['EU AI private investment, 2023', 'Private Investment', 'unverified'],
  ['China AI patents registered, 2023 (three times the US)', 'Models & Patents', 'disputed'],
  ['Share of open-access foundation models, China', 'Models & Patents', 'unverified'],
  ['Share of open-access foundation models, EU', 'Models & Patents', 'unverified'],
  ['Share of open-access foundation models, US', 'Models & Patents', 'unverified'],
  ['Global AI Vibrancy rank, US (2023 data)', 'AI Vibrancy Ranking', 'verified'],
  ['Global AI Vibrancy rank, China (2023 data)', 'AI Vibrancy Ranking', 'verified'],
  ['Global AI Vibrancy rank, France (2023 data)', 'AI Vibrancy Ranking', 'verified'],
  ['Global AI Vibrancy rank, Germany (2023 data)', 'AI Vibrancy Ranking', 'verified'],
  ['Project Stargate (OpenAI, SoftBank, Oracle)', 'Private Investment', 'verified'],
  ['Apple US investment over four years', 'Private Investment', 'verified'],
  ['EU InvestAI', 'Private Investment', 'verified'],
  ['EU fund for AI gigafactories (within InvestAI)', 'Private Investment', 'verified'],
  ['EU invests about 4% of what Washington provides', 'Private Investment', 'unverified'],
  ['DeepSeek training cost as claimed', 'Models & Patents', 'consistent with rounding'],
  ['DeepSeek cost incl. infrastructure and GPUs', 'Models & Patents', 'disputed'],
  [
    'China registered three times as many AI patents as the US, 2023',
    'Models & Patents',
    'disputed',
  ],
  [
    'China was the world leader in AI publications in journals and conferences, 2023',
    'Research & talent',
    'unverified',
  ],
  [
    'China was the world leader in citations from AI journal publications, 2023',
    'Research & talent',
    'unverified',
  ],
]

/** A claim's entry in a panel's "Quoted in the debate" list. */
function quoted(panel: Locator, statement: string): Locator {
  return panel
    .getByRole('list', { name: /^(Quoted in the debate|Open foundation models: the quotes)/ })
    .getByRole('listitem')
    .filter({ has: panel.page().getByText(statement, { exact: true }) })
}

test('each of the 25 claims is in the panel of its figure, with its status', async ({ page }) => {
  await page.goto('/')
  expect(CLAIMS).toHaveLength(25)
  for (const [statement, panelName, status] of CLAIMS) {
    const entry = quoted(region(page, panelName), statement)
    await entry.scrollIntoViewIfNeeded()
    await expect(entry, statement).toHaveCount(1)
    await expect(entry.locator('.claim__status'), statement).toHaveText(status)
  }
  // And every one of them in the scorecard.
  const scorecard = region(page, 'Claims scorecard')
  const table = scorecard.getByRole('table', { name: /^Claims scorecard/ })
  await expect(table.getByRole('row')).toHaveCount(26)
})

test('both DeepSeek claims are on the default dashboard, as quotes with status and sources', async ({
  page,
}) => {
  await page.goto('/')
  const models = region(page, 'Models & Patents')
  for (const statement of [
    'DeepSeek training cost as claimed',
    'DeepSeek cost incl. infrastructure and GPUs',
  ]) {
    const entry = quoted(models, statement)
    await entry.scrollIntoViewIfNeeded()
    await expect(entry).toBeVisible()
    await expect(entry).toContainText('Sources:')
  }
  await expect(quoted(models, 'DeepSeek training cost as claimed')).toContainText('$6m')
  await expect(quoted(models, 'DeepSeek cost incl. infrastructure and GPUs')).toContainText(
    '$1.3bn',
  )
})

test('the claims scorecard is reached from the header and filters by status and panel', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('banner').getByRole('link', { name: 'Claims scorecard' }).click()
  const scorecard = region(page, 'Claims scorecard')
  await expect(scorecard).toBeInViewport()
  await scorecard.getByRole('combobox', { name: 'Status', exact: true }).selectOption('disputed')
  await expect(page).toHaveURL(/claimstatus=disputed/)
  const table = scorecard.getByRole('table', { name: /^Claims scorecard/ })
  // Disputed: the China patent count, the DeepSeek full cost, the patent ratio.
  await expect(table.getByRole('row')).toHaveCount(4)
  await scorecard.getByRole('combobox', { name: 'Shown in', exact: true }).selectOption('models')
  await expect(table.getByRole('row')).toHaveCount(4)
  await scorecard.getByRole('combobox', { name: 'Status', exact: true }).selectOption('verified')
  // Verified in Models & Patents: US and China notable models.
  await expect(table.getByRole('row')).toHaveCount(3)
})

test('years 2015–2020: the notable-models and patents charts end at 2020', async ({ page }) => {
  await page.goto('/?years=2015-2020')
  const models = region(page, 'Models & Patents')
  const notable = models.getByRole('figure', { name: /^Notable ML models per year, 2015–2020/ })
  await notable.scrollIntoViewIfNeeded()
  await expect(notable).toBeVisible()
  const patents = models.getByRole('figure', { name: /^Granted AI patents.*–2020/ })
  await patents.scrollIntoViewIfNeeded()
  await expect(patents).toBeVisible()
  await expect(models.getByRole('figure', { name: /–202[1-5]\b/ })).toHaveCount(0)
})

test('region EU-27: the pledges chart shows InvestAI and not Stargate', async ({ page }) => {
  await page.goto('/?region=eu27&tables=investment.pledges')
  const pledges = region(page, 'Private Investment').getByRole('figure', {
    name: /^Announced pledges a year/,
  })
  await pledges.scrollIntoViewIfNeeded()
  const table = pledges.getByRole('table')
  await expect(table.getByRole('row', { name: /InvestAI/ }).first()).toBeVisible()
  await expect(table.getByRole('row', { name: /Stargate/ })).toHaveCount(0)
  await expect(table.getByRole('row', { name: /Apple/ })).toHaveCount(0)
})

test('year 2023: the published ranking is GVT 2024 — France 6th, Germany 8th', async ({ page }) => {
  await page.goto('/?year=2023')
  const table = region(page, 'AI Vibrancy Ranking').getByRole('table', {
    name: /Global AI Vibrancy Tool 2024 \(data year 2023\), as published/,
  })
  await expect(
    table
      .getByRole('row', { name: /^France/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('6')
  await expect(
    table
      .getByRole('row', { name: /^Germany/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('8')
})

test('EU-27 investment 2023 in AI Index 2024 reads "too few members report", not 1.91', async ({
  page,
}) => {
  await page.goto('/?region=eu27&year=2023&edition=aiindex-2024')
  const investment = region(page, 'Private Investment')
  const row = investment
    .getByRole('table', { name: /AI private investment in 2023/ })
    .getByRole('row', { name: /^EU-27/ })
  await expect(row).toContainText('too few members report')
  await expect(row).not.toContainText('1.91')
  await expect(
    investment.getByRole('note', { name: /withheld by the coverage rule/ }),
  ).toContainText('too few members report (1 of 27: Germany)')
})

test('109 foundation models appears only as a quoted claim', async ({ page }) => {
  await page.goto('/?year=2023&edition=aiindex-2024&tables=models')
  const models = region(page, 'Models & Patents')
  const entry = quoted(models, 'US foundation models, 2023')
  await entry.scrollIntoViewIfNeeded()
  await expect(entry).toContainText('quoted: 109')
  await expect(entry.locator('.claim__status')).toHaveText('unverified')
  // No figure of the panel holds it as data.
  await expect(models.getByRole('cell', { name: '109', exact: true })).toHaveCount(0)
})

test('EU-27 2025: the pledges chart says its invested total is withheld, in words', async ({
  page,
}) => {
  await page.goto('/?region=eu27&year=2025&tables=investment.pledges')
  const table = region(page, 'Private Investment')
    .getByRole('figure', { name: /^Announced pledges a year/ })
    .getByRole('table')
  await table.scrollIntoViewIfNeeded()
  await expect(table.getByRole('row', { name: /^EU-27 invested, 2025/ })).toContainText(
    'too few members report (4 of 27',
  )
})

test('a scorecard link opens the claim where it is checked: its edition and year', async ({
  page,
}) => {
  await page.goto('/#claims-scorecard')
  const scorecard = region(page, 'Claims scorecard')
  await scorecard.getByRole('link', { name: 'US AI private investment, 2023' }).click()
  await expect(page).toHaveURL(/year=2023/)
  await expect(page).toHaveURL(/edition=aiindex-2024/)
  // The view changes in place and the figure the claim is drawn on is brought on screen.
  await expect(page.locator('[id="figure-investment.ranked"]')).toBeInViewport()
  const entry = quoted(region(page, 'Private Investment'), 'US AI private investment, 2023')
  await expect(entry).toContainText('revised to 72.4 in AI Index 2026')
})
