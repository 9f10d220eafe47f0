/**
 * Hostile data over the wire (HTTP-mode build; /meta rewritten by the browser): a country named
 * `<img src=x onerror=alert(1)>` and 200-character names are shown as text, fire no dialog,
 * create no element, and stay inside their panels.
 */
import { expect, test } from '@playwright/test'
import { HTTP_APP_URL } from './support/urls'

const XSS = '<img src=x onerror=alert(1)>'
const LONG = `Republic of ${'Very'.repeat(47)}long`.slice(0, 200)
const LONG_WORD = 'W'.repeat(200)

test('hostile names render as text and stay inside their panels', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await page.route('**/api/v1/meta', async (route) => {
    const response = await route.fetch()
    const meta = (await response.json()) as { entities: { id: string; name: string }[] }
    const rename: Record<string, string> = { USA: XSS, CHN: LONG, DEU: LONG_WORD }
    for (const e of meta.entities) if (rename[e.id]) e.name = rename[e.id] ?? e.name
    await route.fulfill({ response, json: meta })
  })
  await page.goto(
    `${HTTP_APP_URL}/?year=2023&edition=aiindex-2024&tables=vibrancy,investment,models`,
  )
  const main = page.getByRole('main')
  await expect(main.getByRole('row', { name: /^<img src=x/ }).first()).toBeVisible()
  await expect(main.getByText(LONG, { exact: false }).first()).toBeVisible()
  await page.waitForLoadState('networkidle')

  expect(dialogs).toEqual([])
  expect(await page.locator('img[src="x"], img[onerror]').count()).toBe(0)

  // Nothing sticks out of its panel, and the page does not scroll sideways.
  const overflow = await page.evaluate(() => {
    const out: string[] = []
    for (const panel of document.querySelectorAll('main section.panel')) {
      const box = panel.getBoundingClientRect()
      for (const el of panel.querySelectorAll('td, th, li, p, span, h2, h3, figcaption')) {
        const r = el.getBoundingClientRect()
        if (r.width === 0) continue
        // Inside a scrollable region, scrolling is the intended way to reach wide content.
        if (el.closest('[role="region"][tabindex="0"]')) continue
        if (r.right > box.right + 1 || r.left < box.left - 1)
          out.push(
            `${el.tagName.toLowerCase()} “${(el.textContent ?? '').slice(0, 30)}” ${Math.round(r.right - box.right)}px`,
          )
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      out.push(
        `page scrolls sideways by ${document.documentElement.scrollWidth - window.innerWidth}px`,
      )
    return out.slice(0, 10)
  })
  expect(overflow).toEqual([])
})
