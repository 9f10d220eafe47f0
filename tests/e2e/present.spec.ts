/**
 * Presentation mode, the scenes deck and themes (issue #6). Targets the header, the presenter
 * and the panels' regions — not panel internals, which change independently.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const PANELS = ['AI Vibrancy Ranking', 'Private Investment', 'Models & Patents']
const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const footer = (page: Page) => page.locator('.present-footer')

async function openDeck(page: Page) {
  await page.getByRole('button', { name: 'Scenes', exact: true }).click()
  return page.getByRole('dialog')
}

test.describe('presentation mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })

  test('Present shows one panel full screen in large type; Esc leaves', async ({ page }) => {
    await page.goto('/?year=2023&edition=aiindex-2024')
    await expect(panel(page, 'Private Investment')).toBeVisible()
    const firstChart = page.getByRole('figure').first().locator('svg.recharts-surface').first()
    const chartHeight = async () => (await firstChart.boundingBox())?.height ?? 0
    await expect.poll(chartHeight).toBeGreaterThan(0)
    const dashboardHeight = await chartHeight()
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await expect(page).toHaveURL(/present=vibrancy/)
    await expect(panel(page, 'AI Vibrancy Ranking')).toBeVisible()
    await expect(panel(page, 'Private Investment')).toHaveCount(0)
    await expect(panel(page, 'Models & Patents')).toHaveCount(0)
    // Controls are hidden: no header, no filter bar.
    await expect(page.getByRole('button', { name: 'Present', exact: true })).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Filters' })).toHaveCount(0)
    const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
    expect(bodySize).toBeGreaterThanOrEqual(24)
    // Charts grow with the screen: ×1.35 on a 1080 px projector.
    await expect.poll(chartHeight).toBeCloseTo(Math.round(dashboardHeight * 1.35), -1)
    await expect(footer(page)).toContainText('Edition: Global AI Vibrancy Tool 2025')
    await expect(footer(page)).toContainText('Year: 2023')
    await page.keyboard.press('Escape')
    await expect(page).not.toHaveURL(/present=/)
    for (const name of PANELS) await expect(panel(page, name)).toBeVisible()
    // P enters again from the keyboard.
    await page.locator('body').press('p')
    await expect(page).toHaveURL(/present=vibrancy/)
  })

  test('steps through the built-in deck with the keyboard; Y changes the year', async ({
    page,
  }) => {
    await page.goto('/')
    const dialog = await openDeck(page)
    await expect(dialog.getByRole('list', { name: 'Scenes of All those billions' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Present deck' }).click()
    await expect(page).toHaveURL(/year=2023&edition=aiindex-2024.*present=investment/)
    await expect(footer(page)).toContainText('Scene 1 of 6: The investment gap, 2023')
    await expect(panel(page, 'Private Investment')).toContainText('67.2')

    // AI Index 2024 covers 2023 only: Y stays within the edition's coverage.
    await page.keyboard.press('y')
    await expect(footer(page)).toContainText('Year: 2023')
    await expect(page).toHaveURL(/year=2023/)

    await page.keyboard.press('ArrowRight')
    await expect(footer(page)).toContainText('Scene 2 of 6')
    await expect(page).not.toHaveURL(/edition=/)
    await expect(panel(page, 'Private Investment')).toContainText('72.4')
    await page.keyboard.press('y')
    await expect(page).toHaveURL(/year=2024/)
    await expect(footer(page)).toContainText('Year: 2024')
    await page.keyboard.press('Shift+Y')
    await page.keyboard.press('Shift+Y')
    await expect(page).toHaveURL(/year=2022/)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(footer(page)).toContainText('Scene 4 of 6: Models against patents')
    await expect(panel(page, 'Models & Patents')).toBeVisible()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(footer(page)).toContainText('Scene 6 of 6')
    await expect(page).toHaveURL(/gvt=gvt-2024.*weights=economy:3,research:1.*present=vibrancy/)
    await expect(footer(page)).toContainText('Index weights (computed here): economy 3, research 1')
    // The end of the deck stays at the end.
    await page.keyboard.press('ArrowRight')
    await expect(footer(page)).toContainText('Scene 6 of 6')
    await page.keyboard.press('ArrowLeft')
    await expect(footer(page)).toContainText('Scene 5 of 6')
    await page.keyboard.press('Escape')
    await expect(page).not.toHaveURL(/present=/)
  })

  test('L locks the view against clicks (keys still work); B blanks the screen', async ({
    page,
  }) => {
    await page.goto('/?present=investment&year=2023')
    const next = page.getByRole('button', { name: 'Next scene' })
    await page.keyboard.press('l')
    await expect(page.getByText('View locked — press L to unlock')).toBeVisible()
    await expect(next.click({ timeout: 1500 })).rejects.toThrow(/intercepts pointer events/)
    await expect(page).toHaveURL(/present=investment/)
    await page.keyboard.press('ArrowRight')
    await expect(footer(page)).toContainText('Scene 1 of 6')
    await page.keyboard.press('l')
    await expect(page.getByText('View locked')).toHaveCount(0)
    await next.click()
    await expect(footer(page)).toContainText('Scene 2 of 6')

    await page.keyboard.press('b')
    await expect(page.getByTestId('present-blank')).toBeVisible()
    await page.keyboard.press('b')
    await expect(page.getByTestId('present-blank')).toHaveCount(0)
  })

  test('the command palette picks a country, a region, an edition and weights', async ({
    page,
  }) => {
    await page.goto('/?present=investment&year=2023')
    await page.keyboard.press('k')
    const palette = page.getByRole('dialog', { name: 'Command palette' })
    await expect(palette).toBeVisible()
    await page.keyboard.type('Germa')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/selected=DEU/)
    await expect(palette).toHaveCount(0)
    await page.keyboard.press('/')
    await page.keyboard.type('EU-27')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/region=eu27/)
    await page.keyboard.press('k')
    await page.keyboard.type('AI Index 2024')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/edition=aiindex-2024/)
    await page.keyboard.press('k')
    await page.keyboard.type('Economy-heavy')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/weights=economy:3,research:1/)
    await expect(page).toHaveURL(/present=investment/)
  })
})

test.describe('scenes deck', () => {
  test('add, rename, reorder and delete scenes; decks persist and round-trip as JSON and links', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/?year=2023&region=eu27')
    let dialog = await openDeck(page)
    await dialog.getByLabel('Scene title').fill('EU in 2023')
    await dialog.getByLabel('Speaker notes').fill('Sum of reporting members.')
    await dialog.getByRole('button', { name: 'Add view as scene' }).click()
    await expect(
      dialog
        .getByRole('combobox', { name: 'Deck' })
        .getByRole('option', { name: 'My deck', selected: true }),
    ).toHaveCount(1)
    await page.keyboard.press('Escape')
    await page.goto('/?year=2024')
    dialog = await openDeck(page)
    await dialog.getByLabel('Scene title').fill('World 2024')
    await dialog.getByRole('button', { name: 'Add view as scene' }).click()
    const titles = dialog.getByRole('textbox', { name: /Title of scene/ })
    await expect(titles).toHaveCount(2)
    await dialog.getByRole('button', { name: 'Up (scene 2)' }).click()
    await expect(titles.first()).toHaveValue('World 2024')
    await titles.first().fill('The world, 2024')

    // Persisted: survives a reload.
    await page.reload()
    dialog = await openDeck(page)
    await expect(dialog.getByRole('textbox', { name: 'Title of scene 1' })).toHaveValue(
      'The world, 2024',
    )
    await expect(dialog.getByRole('textbox', { name: 'Speaker notes of scene 2' })).toHaveValue(
      'Sum of reporting members.',
    )

    // Export JSON, then a bad import changes nothing and says why.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export JSON' }).click(),
    ])
    const json = await download.createReadStream().then(async (s) => {
      const chunks: Buffer[] = []
      for await (const c of s) chunks.push(c as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    })
    expect(JSON.parse(json)).toMatchObject({ format: 'ai-monitor-deck', version: 1 })
    await dialog.getByLabel('Deck file to import').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"ai-monitor-deck","version":2}'),
    })
    await expect(dialog.getByRole('alert')).toContainText('This is not an AI Monitor deck')
    await expect(titles).toHaveCount(2)

    // Delete, then the link restores the deck as it was.
    await dialog.getByRole('button', { name: 'Copy deck link' }).click()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toMatch(/#deck=[\w-]+$/)
    await dialog.getByRole('button', { name: 'Delete scene 1' }).click()
    await expect(titles).toHaveCount(1)
    await page.goto('about:blank')
    await page.goto(link)
    dialog = page.getByRole('dialog')
    await expect(dialog.getByRole('status')).toContainText('Opened the shared deck “My deck”')
    await expect(dialog.getByRole('textbox', { name: /Title of scene/ })).toHaveCount(2)
    expect(new URL(page.url()).hash).toBe('')

    // Import of the exported JSON works too.
    await dialog.getByLabel('Deck file to import').setInputFiles({
      name: 'deck.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    })
    await expect(dialog.getByRole('status')).toContainText('Imported “My deck”')
  })
})

test.describe('themes', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })

  for (const theme of ['Light', 'Dark', 'Projector'] as const) {
    test(`axe finds no violations in the ${theme} theme, nor in presentation`, async ({ page }) => {
      await page.goto('/?year=2023')
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme })
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
      await expect(panel(page, 'Private Investment').getByRole('table').first()).toBeVisible()
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
      await page.screenshot({ path: `test-results/theme-${theme.toLowerCase()}.png` })
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
      // The choice is a preference, not part of the link, and survives a reload.
      expect(page.url()).not.toContain('theme')
      await page.getByRole('button', { name: 'Present', exact: true }).click()
      await page.keyboard.press('ArrowRight')
      await expect(footer(page)).toContainText('Scene 1 of 6')
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
      await page.screenshot({ path: `test-results/present-${theme.toLowerCase()}.png` })
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
    })
  }

  test('auto follows prefers-color-scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  })
})
