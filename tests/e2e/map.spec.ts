/**
 * The world map (issue #19) in Chromium against the production build: every country drawn,
 * honest bins and gaps, a region zoomed to and outlined, keyboard and hover, exports, a box
 * that fits a 1280×720 screen, and all of it under the strict CSP.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'

const investmentMap = (page: Page) =>
  page
    .getByRole('region', { name: 'Private Investment', exact: true })
    .getByRole('figure', { name: /^Map, / })
const drawing = (figure: Locator) => figure.getByRole('group', { name: /^Map: / })

/** Brings the map on screen (figures draw near the viewport) and waits for its atlas. */
async function showMap(page: Page, search: string, atlas: '110m' | '50m' = '110m') {
  await page.goto(`/?${search}`)
  const figure = investmentMap(page)
  await figure.scrollIntoViewIfNeeded()
  const map = drawing(figure)
  await expect(map).toHaveAttribute('data-scale', atlas, { timeout: 15_000 })
  await expect(map).not.toHaveAttribute('aria-busy', 'true')
  return { figure, map }
}

async function bins(map: Locator): Promise<number[]> {
  return map
    .getByRole('button')
    .evaluateAll((els) => els.flatMap((e) => (e.dataset.bin ? [Number(e.dataset.bin)] : [])))
}

test('draws the world: at least 150 countries, the US alone in the top bin for 2025, gaps hatched', async ({
  page,
}) => {
  const { figure, map } = await showMap(page, 'year=2025')
  await expect(figure).toHaveAccessibleName('Map, 2025: 15 countries with a figure')
  expect(await map.getByRole('button').count()).toBeGreaterThanOrEqual(150)
  const usa = map.getByRole('button', { name: 'United States: 286 US$ bn, nominal US$' })
  const all = await bins(map)
  expect(all).toHaveLength(14) // 15 with a figure; Singapore is too small at 1:110m.
  const top = Math.max(...all)
  expect(top).toBe(5)
  await expect(usa).toHaveAttribute('data-bin', String(top))
  expect(all.filter((b) => b === top)).toHaveLength(1)
  await expect(usa).toHaveAttribute('fill', 'var(--map-7)')
  // A country without a 2025 figure is hatched: the pattern of this map, never a bin colour.
  const brazil = map.getByRole('button', { name: 'Brazil: no data' })
  const fill = (await brazil.getAttribute('fill')) ?? ''
  expect(fill).toMatch(/^url\(#map-hatch-\w+\)$/)
  const pattern = fill.slice(4, -1)
  await expect(map.locator(`pattern${pattern}`)).toHaveCount(1)
  await expect(brazil).not.toHaveAttribute('data-bin')
  await expect(map.getByText('no data', { exact: true })).toBeVisible()
  await expect(map.getByText('US$ bn, nominal US$, 2025 — log steps')).toBeVisible()
  await expect(
    map.getByText(/^Too small to draw at this scale \(see the table\): Singapore 1\.82/),
  ).toBeVisible()
})

test('region EU-27 zooms to its 27 members and outlines each of them', async ({ page }) => {
  const world = await showMap(page, 'year=2024&edition=aiindex-2025')
  const germanyWorld = await world.map.getByRole('button', { name: /^Germany: / }).boundingBox()

  const { figure, map } = await showMap(page, 'year=2024&edition=aiindex-2025&region=eu27', '50m')
  await expect(figure).toHaveAccessibleName('Map, 2024: 25 countries with a figure')
  const members = map.getByRole('button')
  await expect(members).toHaveCount(27)
  for (const member of await members.all()) {
    await expect(member).toHaveAttribute('stroke', 'var(--map-member)')
    // Each member lies inside the map's box: the zoom fits them all.
    const box = await member.boundingBox()
    const frame = await map.boundingBox()
    expect(box && frame).toBeTruthy()
    if (box && frame) {
      expect(box.x).toBeGreaterThanOrEqual(frame.x - 1)
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1)
      expect(box.y).toBeGreaterThanOrEqual(frame.y - 1)
    }
  }
  await expect(map.getByRole('button', { name: 'Malta: no data' })).toBeVisible()
  await expect(map.getByRole('button', { name: 'Latvia: no data' })).toBeVisible()
  await expect(map.getByRole('button', { name: /^United States/ })).toHaveCount(0)
  await expect(map.getByText('outside the selection')).toBeVisible()
  // Zoomed in: Germany is drawn several times larger than on the world map.
  const germanyEu = await map.getByRole('button', { name: /^Germany: / }).boundingBox()
  expect((germanyEu?.width ?? 0) / (germanyWorld?.width ?? Infinity)).toBeGreaterThan(4)
})

test('keyboard: one tab stop, arrows between neighbours, Enter selects; hover shows source and edition', async ({
  page,
}) => {
  const { map } = await showMap(page, 'year=2025')
  const usa = map.getByRole('button', { name: /^United States: / })
  await expect(usa).toHaveAttribute('tabindex', '0')
  await expect(map.locator('[tabindex="0"]')).toHaveCount(1)
  await usa.focus()
  // The one number format (issue 17): 285.875311074 reads 286.
  await expect(page.locator('.map__tip')).toContainText('286 US$ bn, nominal US$')
  await page.keyboard.press('ArrowUp')
  const canada = map.getByRole('button', { name: /^Canada: / })
  await expect(canada).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/selected=CAN/)
  await expect(map.getByRole('button', { name: /^Canada: / })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await map.getByRole('button', { name: /^China: / }).hover()
  const tip = page.locator('.map__tip')
  await expect(tip).toContainText('China')
  await expect(tip).toContainText('12.4 US$ bn, nominal US$')
  await expect(tip).toContainText('Source: Stanford HAI AI Index / Quid — AI Index 2026')
  await expect(tip).toContainText('Edition: AI Index 2026')
})

test('the table alternative lists country and value, sorted by value', async ({ page }) => {
  const { figure } = await showMap(page, 'year=2025')
  await figure.getByRole('button', { name: 'Show table' }).click()
  const rows = figure.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(16)
  await expect(rows.nth(1)).toContainText('United States')
  await expect(rows.nth(1)).toContainText('286')
  await expect(rows.nth(15)).toContainText('Sweden')
})

test('exports as SVG with its legend and countries, and as CSV with exact figures', async ({
  page,
}) => {
  const { figure } = await showMap(page, 'year=2025')
  const download = async (item: string) => {
    await figure.getByRole('button', { name: /^Export:/ }).click()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: item }).click(),
    ])
    const chunks: Buffer[] = []
    for await (const c of await file.createReadStream()) chunks.push(c as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  }
  const svg = await download('SVG image')
  expect(svg).toContain('US$ bn, nominal US$, 2025 — log steps')
  expect(svg).toContain('<pattern')
  expect(svg.match(/<path/g)?.length ?? 0).toBeGreaterThanOrEqual(150)
  expect(svg).toContain('Edition: AI Index 2026')
  const csv = await download('CSV data')
  expect(csv).toContain('United States,285.875311074')
  expect(csv).toContain('Sweden,0.969507505')
})

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('the map figure fits the screen: its whole box, no scrolling inside it', async ({
    page,
  }) => {
    const { figure, map } = await showMap(page, 'year=2025')
    const box = await figure.boundingBox()
    expect(box).not.toBeNull()
    expect(box?.width ?? Infinity).toBeLessThanOrEqual(1280)
    expect(box?.height ?? Infinity).toBeLessThanOrEqual(720)
    const chart = await map.boundingBox()
    expect(chart?.height ?? Infinity).toBeLessThanOrEqual(720)
    expect(
      await figure.evaluate(
        (f) => f.scrollHeight <= f.clientHeight && f.scrollWidth <= f.clientWidth,
      ),
    ).toBe(true)
  })
})

test('draws and zooms under the strict CSP, without a violation', async ({ page }) => {
  const violations: string[] = []
  await page.exposeFunction('reportMapViolation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { reportMapViolation: (v: string) => void }).reportMapViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      )
    })
  })
  await showMap(page, 'year=2025&region=eu27', '50m')
  // zod's known eval probe (see security.spec.ts) is not the map's.
  expect(violations.filter((v) => v !== 'script-src eval')).toEqual([])
})
