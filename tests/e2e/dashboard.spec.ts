import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { HTTP_APP_URL } from './support/urls'

const panel = (page: Page, name: string) => page.getByRole('region', { name })
/** The one-year table of the Private Investment panel. */
const investmentTable = (page: Page) =>
  panel(page, 'Private Investment').getByRole('table', { name: /AI private investment in \d{4}/ })

async function chooseOption(page: Page, label: string, option: string) {
  await page
    .getByRole('combobox', { name: label, exact: true })
    .first()
    .selectOption({ label: option })
}

test.describe('dashboard on embedded data', () => {
  test('first load shows the three panels with sourced figures', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByText('Embedded data')).toBeVisible()
    const vibrancy = panel(page, 'AI Vibrancy Ranking')
    await expect(vibrancy.getByRole('table').first()).toBeVisible()
    await expect(vibrancy.getByRole('row', { name: /United States/ }).first()).toContainText('1')
    const investment = investmentTable(page)
    await expect(investment.getByRole('row', { name: /United States/ }).first()).toContainText(
      // 285.88 to three significant digits.
      '286',
    )
    const models = panel(page, 'Models & Patents')
    await expect(models.getByRole('row', { name: /United States/ }).first()).toContainText('50')
  })

  test('region and year live in the URL and update every panel; reload and Back restore the view', async ({
    page,
  }) => {
    await page.goto('/')
    const investment = investmentTable(page)
    await expect(investment.getByRole('row', { name: /United States/ }).first()).toBeVisible()

    await chooseOption(page, 'Year', '2023')
    await expect(page).toHaveURL(/year=2023/)
    await expect(investment.getByRole('row', { name: /United States/ }).first()).toContainText(
      '72.4',
    )
    await expect(
      panel(page, 'Models & Patents')
        .getByRole('row', { name: /United States/ })
        .first(),
    ).toContainText('87')

    await chooseOption(page, 'Region or bloc', 'Eastern Asia')
    await expect(page).toHaveURL(/region=eastern-asia/)
    await expect(investment.getByRole('row', { name: /United States/ })).toHaveCount(0)
    await expect(investment.getByRole('row', { name: /China/ }).first()).toContainText('9.47')
    await expect(
      investment.getByRole('row', { name: /Eastern Asia \(sum of members\)/ }),
    ).toBeVisible()
    const vibrancy = panel(page, 'AI Vibrancy Ranking').getByRole('table', { name: /as published/ })
    await expect(vibrancy.getByRole('row', { name: /United States/ })).toHaveCount(0)
    await expect(vibrancy.getByRole('row', { name: /China/ })).toBeVisible()

    await page.reload()
    await expect(investment.getByRole('row', { name: /China/ }).first()).toContainText('9.47')
    await expect(investment.getByRole('row', { name: /United States/ })).toHaveCount(0)

    await page.goBack()
    await expect(page).not.toHaveURL(/region=/)
    await expect(investment.getByRole('row', { name: /United States/ }).first()).toContainText(
      '72.4',
    )
  })

  test('the edition picker switches every series to that edition', async ({ page }) => {
    await page.goto('/?year=2023')
    await chooseOption(page, 'Edition', 'AI Index 2024')
    await expect(page).toHaveURL(/edition=aiindex-2024/)
    const investment = investmentTable(page)
    await expect(investment.getByRole('row', { name: /United States/ }).first()).toContainText(
      '67.2',
    )
    await expect(investment.getByRole('row', { name: /China/ }).first()).toContainText('7.76')
    const models = panel(page, 'Models & Patents')
    await expect(models.getByRole('row', { name: /United States/ }).first()).toContainText('61')
    // The foundation-model counts of the debate (US 109) are quoted claims, never data.
    await expect(models.getByRole('row', { name: /United States/ }).first()).not.toContainText(
      '109',
    )
  })

  test('a malformed link falls back per parameter and says so', async ({ page }) => {
    await page.goto('/?year=20x3&region=eastern-asia&edition=nonsense')
    await expect(page.getByRole('status').filter({ hasText: 'were not valid' })).toContainText(
      'Year',
    )
    await expect(page.getByRole('status').filter({ hasText: 'were not valid' })).toContainText(
      'Edition',
    )
    await expect(page).toHaveURL(/region=eastern-asia/)
    await expect(page).not.toHaveURL(/year=/)
    await page.getByRole('button', { name: 'Dismiss' }).click()
    await expect(page.getByText('were not valid')).toHaveCount(0)
  })

  test('axe finds no accessibility violations', async ({ page }) => {
    await page.goto('/')
    await expect(investmentTable(page)).toBeVisible()
    await expect(panel(page, 'Models & Patents').getByRole('table').first()).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })

  test('the production build runs under its Content-Security-Policy without violations', async ({
    page,
  }) => {
    const violations: string[] = []
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        ;(window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        )
      })
    })
    await page.goto('/')
    await expect(investmentTable(page)).toBeVisible()
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
    expect(violations).toEqual([])
  })
})

test.describe('the same build pointed at the API server over HTTP', () => {
  test('shows the same figures as the embedded data', async ({ page }) => {
    await page.goto(`${HTTP_APP_URL}/?year=2023&edition=aiindex-2024`)
    await expect(page.getByText(/^API: http:\/\/127\.0\.0\.1/)).toBeVisible()
    const investment = investmentTable(page)
    await expect(investment.getByRole('row', { name: /United States/ }).first()).toContainText(
      '67.2',
    )
    await expect(
      panel(page, 'Models & Patents')
        .getByRole('row', { name: /United States/ })
        .first(),
    ).toContainText('61')
    await expect(
      panel(page, 'AI Vibrancy Ranking')
        .getByRole('row', { name: /United States/ })
        .first(),
    ).toContainText('1')
  })

  test('one endpoint answering 500 breaks only its panel, and Retry recovers', async ({ page }) => {
    let fail = true
    await page.route('**/api/v1/vibrancy**', async (route) => {
      if (fail)
        await route.fulfill({
          status: 500,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'about:blank',
            title: 'Internal error',
            status: 500,
            detail: 'injected',
          }),
        })
      else await route.continue()
    })
    await page.goto(HTTP_APP_URL)
    const vibrancy = panel(page, 'AI Vibrancy Ranking')
    await expect(vibrancy.getByRole('alert').first()).toContainText(
      /could not be loaded: the data service answered HTTP 500/,
      { timeout: 4_000 },
    )
    await expect(investmentTable(page)).toBeVisible()
    await expect(panel(page, 'Models & Patents').getByRole('table').first()).toBeVisible()
    fail = false
    await vibrancy.getByRole('button', { name: 'Retry' }).first().click()
    await expect(vibrancy.getByRole('table').first()).toBeVisible()
  })
})
