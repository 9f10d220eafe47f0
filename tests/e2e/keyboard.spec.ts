/**
 * Keyboard only: Tab from the top of the page reaches every filter control, every chart (a
 * control inside its figure, e.g. the chart ⇄ table toggle) and every table (itself, a
 * scrollable region around it, or a control inside it), with a visible focus indicator.
 */
import { expect, test, type Page } from '@playwright/test'

interface Stop {
  readonly tag: string
  readonly name: string
  readonly inFilters: boolean
  readonly figure: string | null
  readonly table: string | null
  readonly outline: boolean
}

/** Tabs until focus comes back around (or `limit` stops); what received focus, in order. */
async function tabWalk(page: Page, limit = 600): Promise<Stop[]> {
  await page.evaluate(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    window.scrollTo(0, 0)
  })
  const stops: Stop[] = []
  const seen = new Set<string>()
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      const figure = el.closest('figure')
      const tableId = (t: Element | null) =>
        t
          ? (t.getAttribute('aria-label') ?? t.querySelector('caption')?.textContent ?? 'table')
          : null
      const table = el.closest('table') ?? el.querySelector('table')
      const style = getComputedStyle(el)
      if (!el.dataset.walk) el.dataset.walk = String(Math.random())
      return {
        key: el.dataset.walk,
        tag: el.tagName.toLowerCase(),
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
        inFilters: !!el.closest('[aria-label="Filters"]'),
        figure: figure
          ? (figure.getAttribute('aria-label') ??
            document.getElementById(figure.getAttribute('aria-labelledby') ?? '')?.textContent ??
            'figure')
          : null,
        table: tableId(table),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      }
    })
    if (!stop) continue
    if (seen.has(stop.key)) break
    seen.add(stop.key)
    stops.push(stop)
  }
  return stops
}

test('Tab reaches every filter control, every chart and every table', async ({ page }) => {
  // Every quoted claim has its sources and its view as links: hundreds of stops to walk.
  test.setTimeout(120_000)
  await page.goto('/')
  const main = page.getByRole('main')
  await expect(main.locator('figure').first()).toBeVisible()
  await expect(main.getByRole('table').first()).toBeVisible()
  await page.waitForLoadState('networkidle')

  const stops = await tabWalk(page)
  expect(stops.length).toBeGreaterThan(10)

  // The first stop is the skip link.
  expect(stops[0]?.name).toMatch(/skip/i)

  // Every focusable control of the filter bar is a stop.
  const filterControls = await page
    .getByRole('region', { name: 'Filters' })
    .locator(
      'button:not([disabled]), input:not([disabled]):not([type=hidden]), select, [tabindex="0"]',
    )
    .evaluateAll((els) =>
      els
        // Tab stops only: not react-aria's hidden <select> (tabindex -1, inside aria-hidden).
        .filter((e) => (e as HTMLElement).tabIndex >= 0 && !e.closest('[aria-hidden="true"]'))
        .map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 60)),
    )
  expect(filterControls.length).toBeGreaterThan(2)
  const filterStops = stops.filter((s) => s.inFilters).map((s) => s.name)
  for (const control of filterControls) expect(filterStops).toContain(control)

  // Every chart on the page (not in a closed disclosure, not an empty state): some stop inside
  // its figure.
  const figures = await main
    .locator('figure')
    .evaluateAll((els) =>
      els
        .filter(
          (f) =>
            (f as HTMLElement).offsetParent !== null && !f.querySelector('.chart-frame__empty'),
        )
        .map(
          (f) =>
            f.getAttribute('aria-label') ??
            document.getElementById(f.getAttribute('aria-labelledby') ?? '')?.textContent ??
            'figure',
        ),
    )
  expect(figures.length).toBeGreaterThan(2)
  const reachedFigures = new Set(stops.map((s) => s.figure).filter(Boolean))
  expect(figures.filter((f) => !reachedFigures.has(f))).toEqual([])

  // Every visible table: focus on it, around it (scroll region) or in it, or in its figure.
  const tables = await main.getByRole('table').evaluateAll((els) =>
    els
      .filter((t) => (t as HTMLElement).offsetParent !== null)
      .map((t) => ({
        name: t.getAttribute('aria-label') ?? t.querySelector('caption')?.textContent ?? 'table',
        figure: (() => {
          const f = t.closest('figure')
          return f
            ? (f.getAttribute('aria-label') ??
                document.getElementById(f.getAttribute('aria-labelledby') ?? '')?.textContent ??
                'figure')
            : null
        })(),
      })),
  )
  const reachedTables = new Set(stops.map((s) => s.table).filter(Boolean))
  const unreached = tables.filter(
    (t) => !reachedTables.has(t.name) && !(t.figure && reachedFigures.has(t.figure)),
  )
  expect(unreached.map((t) => t.name)).toEqual([])

  // Focus is always visible.
  expect(stops.filter((s) => !s.outline).map((s) => `${s.tag} ${s.name}`)).toEqual([])
})

test('filters work from the keyboard alone', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('main').getByRole('table').first()).toBeVisible()
  const year = page.getByRole('region', { name: 'Filters' }).getByRole('combobox', { name: 'Year' })
  await year.focus()
  await page.keyboard.press('Enter')
  // The list is the browser's own (a native select): open, it matches :open.
  await expect.poll(() => year.evaluate((el) => el.matches(':open'))).toBe(true)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/year=\d{4}/)
  await expect(year).toBeFocused()
})
