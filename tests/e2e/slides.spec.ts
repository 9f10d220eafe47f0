/**
 * Presenting (the Slides issue): scenes are 16:9 slides of one figure with a live headline, that
 * fit every projector size; clicker keys step; the palette changes the slide live; a presenter
 * window follows the presenting window both ways; the deck is authored from figures' menus.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const slide = (page: Page) => page.locator('article.slide')
const count = (page: Page) => page.locator('.slide__count')
const headline = (page: Page) => page.locator('.slide__headline')

/** Waits until the slide's figure has drawn (or said why it cannot) and nothing is loading. */
async function settled(page: Page) {
  await expect(slide(page)).toBeVisible()
  await expect(
    slide(page)
      .locator(
        '.chart-frame__chart svg, .chart-frame table, .chart-frame__empty, .key-figure__value',
      )
      .first(),
  ).toBeVisible()
  await expect(slide(page).locator('[aria-busy="true"], .panel-state--loading')).toHaveCount(0)
  await expect(headline(page)).not.toContainText('…')
}

async function present(page: Page) {
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Private Investment', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Present', exact: true }).click()
  await settled(page)
}

/** Geometry of the slide on screen, measured in the page. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector('article.slide')?.getBoundingClientRect()
    const body = document.querySelector('.slide__body')?.getBoundingClientRect()
    const h2 = document.querySelector('.slide__headline')
    if (!stage || !body || !h2) return null
    const scale = stage.height / 900
    // Every element that draws text: HTML text and the charts' SVG text.
    const outside = [...document.querySelectorAll('article.slide *')]
      .filter((el) => el.childElementCount === 0 && (el.textContent ?? '').trim() !== '')
      .filter((el) => !el.closest('.slide__figure--hidden, .visually-hidden'))
      .map((el) => ({ text: (el.textContent ?? '').slice(0, 40), box: el.getBoundingClientRect() }))
      .filter(
        ({ box }) =>
          box.width > 0 &&
          (box.left < stage.left - 1 ||
            box.right > stage.right + 1 ||
            box.top < stage.top - 1 ||
            box.bottom > stage.bottom + 1),
      )
      .map((x) => x.text)
    return {
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      viewport: { width: innerWidth, height: innerHeight },
      bodyArea: body.width * body.height,
      headlinePx: parseFloat(getComputedStyle(h2).fontSize) * scale,
      stageHeight: stage.height,
      outside,
    }
  })
}

for (const [width, height] of [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`every built-in slide fits at ${width}×${height}: no scroll, text inside, figure ≥ 40%, headline ≥ 5%`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width, height })
    await present(page)
    const total = Number((await count(page).textContent())?.split('/')[1])
    expect(total).toBeGreaterThanOrEqual(8)
    for (let i = 1; i <= total; i++) {
      await expect(count(page)).toHaveText(`${i} / ${total}`)
      await settled(page)
      // A chart sizes itself to its box a frame after it mounts: wait until none of its text
      // lies outside the stage (a lasting overflow still fails), then measure.
      await expect
        .poll(async () => (await measure(page))?.outside, {
          message: `slide ${i}: text outside the stage`,
        })
        .toEqual([])
      const m = await measure(page)
      expect(m, `slide ${i}`).not.toBeNull()
      if (!m) continue
      expect(m.scrollHeight, `slide ${i} scrolls`).toBeLessThanOrEqual(height)
      expect(m.scrollWidth, `slide ${i} scrolls sideways`).toBeLessThanOrEqual(width)
      expect(m.outside, `slide ${i}: text outside the stage`).toEqual([])
      expect(m.bodyArea / (width * height), `slide ${i}: figure box`).toBeGreaterThanOrEqual(0.4)
      expect(m.headlinePx / m.stageHeight, `slide ${i}: headline`).toBeGreaterThanOrEqual(0.05)
      if (width === 1280)
        await page.screenshot({ path: `test-results/slides/slide-${i}-${width}x${height}.png` })
      await page.keyboard.press('ArrowRight')
    }
  })
}

test('clicker keys step: →, Space, PageDown forward; ←, PageUp back; Home and End; Esc leaves, P enters', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await present(page)
  const total = Number((await count(page).textContent())?.split('/')[1])
  await expect(page).toHaveURL(/present=1/)
  await expect(headline(page)).toContainText('2023, as first reported')
  // The headline is live: 67.22 / 7.76 (AI Index 2024) = 8.66 → 8.7.
  await expect(headline(page)).toContainText('8.7×')
  for (const [key, expected] of [
    ['ArrowRight', 2],
    [' ', 3],
    ['PageDown', 4],
    ['ArrowLeft', 3],
    ['PageUp', 2],
    ['End', total],
    ['ArrowRight', total],
    ['Home', 1],
  ] as const) {
    await page.keyboard.press(key === ' ' ? 'Space' : key)
    await expect(count(page)).toHaveText(`${expected} / ${total}`)
  }
  // Each step is a history entry: Back returns to the slide before.
  await page.keyboard.press('ArrowRight')
  await expect(count(page)).toHaveText(`2 / ${total}`)
  await page.goBack()
  await expect(count(page)).toHaveText(`1 / ${total}`)
  // Nothing of the dashboard is on a slide.
  await expect(page.getByRole('region', { name: 'Filters' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Make bloc' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(page).not.toHaveURL(/present=/)
  await expect(page.getByRole('region', { name: 'Private Investment', exact: true })).toBeVisible()
  await page.locator('body').press('p')
  await expect(page).toHaveURL(/present=1/)
})

test('a bare slide link opens the slide as authored; with filters it is that view', async ({
  page,
}) => {
  await page.goto('/?present=3')
  await expect(page).toHaveURL(/norm=per-capita/)
  await expect(headline(page)).toHaveText(/^Per person the gap is wider/)
  await expect(count(page)).toHaveText(/^3 \//)
  await page.goto('/?present=1&year=2019')
  await expect(page).toHaveURL(/year=2019/)
  await expect(slide(page)).toContainText('Year: 2019')
})

test('the palette changes the slide live: "EU" picks EU-27 (never Réunion), "2019" a year; R resets; an empty slide says why', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await present(page)
  await page.keyboard.press('k')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await expect(palette).toBeVisible()
  await page.keyboard.type('EU')
  await expect(palette.getByRole('menuitem').first()).toContainText('EU-27')
  await expect(palette.getByRole('menuitem', { name: /Réunion/ })).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(palette).toHaveCount(0)
  await expect(page).toHaveURL(/region=eu27/)
  await expect(page).toHaveURL(/present=1/)
  await settled(page)
  // R puts the scene's own view back.
  await page.keyboard.press('r')
  await expect(page).not.toHaveURL(/region=/)
  await settled(page)

  // The published ranking for a region with no country in its top 10: the slide says why it
  // has nothing to draw, in slide type (the stage is 900 px tall; 34 px type).
  // The ranking is the fourth slide from the end (then re-weighting, DeepSeek, the claims).
  await page.keyboard.press('End')
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft')
  await expect(headline(page)).toContainText('2023 ranking')
  await page.keyboard.press('k')
  await page.keyboard.type('Northern Africa')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/region=northern-africa/)
  const empty = slide(page).locator('.chart-frame__empty')
  await expect(empty).toContainText('No country in view is in the published top 10')
  expect(
    await empty
      .locator('p')
      .last()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize)),
  ).toBeGreaterThanOrEqual(30)
  await page.keyboard.press('Home')

  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('/')
  await page.keyboard.type('2019')
  await expect(palette.getByRole('menuitem').first()).toContainText('Year 2019')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/year=2019/)
  await expect(page).toHaveURL(/present=2/)
})

test('the presenter window follows the presenting window, and steps it, both ways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await present(page)
  const total = Number((await count(page).textContent())?.split('/')[1])
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')])
  const where = presenter.getByRole('status', { name: 'Slide on screen' })
  await expect(where).toHaveText(`Slide 1 of ${total}`)
  // The next slide is drawn from its own view; the notes are filled from the figure.
  await expect(
    presenter.getByRole('region', { name: 'Next slide' }).locator('article.slide'),
  ).toContainText('revised by AI Index 2026')
  await expect(presenter.getByRole('region', { name: 'Notes' })).toContainText('United States 67.2')
  await expect(presenter.getByLabel('Elapsed')).toHaveText(/^\d\d:\d\d$/)

  await page.keyboard.press('ArrowRight')
  await expect(where).toHaveText(`Slide 2 of ${total}`)
  await presenter.getByRole('button', { name: 'Next slide' }).click()
  await expect(count(page)).toHaveText(`3 / ${total}`)
  await expect(page).toHaveURL(/present=3/)
  await presenter.keyboard.press('ArrowLeft')
  await expect(count(page)).toHaveText(`2 / ${total}`)
  await expect(where).toHaveText(`Slide 2 of ${total}`)
})

test('one screen: N shows the notes; L locks the view against clicks (keys still work); B blanks', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await present(page)
  await page.keyboard.press('n')
  await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toContainText(
    'United States 67.2',
  )
  await page.keyboard.press('n')
  await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toHaveCount(0)
  const next = page.getByRole('button', { name: 'Next slide' })
  await page.keyboard.press('l')
  await expect(page.getByText('View locked — press L to unlock')).toBeVisible()
  await expect(next.click({ timeout: 1500 })).rejects.toThrow(/intercepts pointer events/)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/present=2/)
  await page.keyboard.press('l')
  await next.click({ force: true })
  await expect(page).toHaveURL(/present=3/)
  await page.keyboard.press('b')
  await expect(page.getByTestId('present-blank')).toBeVisible()
  await page.keyboard.press('b')
  await expect(page.getByTestId('present-blank')).toHaveCount(0)
})

test.describe('authoring', () => {
  test('"Add as scene" on a figure; edit, move, duplicate and delete; decks persist and round-trip as JSON and links', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/?year=2023&region=eu27')
    const addScene = async (name: RegExp) => {
      const figure = page.getByRole('figure', { name }).first()
      await figure.scrollIntoViewIfNeeded()
      await figure.getByRole('button', { name: /^Export:/ }).click()
      await page.getByRole('menuitem', { name: 'Add as scene' }).click()
    }
    await addScene(/^AI private investment in 2023/)
    await page.goto('/?year=2023')
    await addScene(/^Published ranking/)
    await page.getByRole('button', { name: 'Scenes', exact: true }).click()
    let dialog = page.getByRole('dialog')
    await expect(
      dialog
        .getByRole('combobox', { name: 'Deck' })
        .getByRole('option', { name: 'My deck', selected: true }),
    ).toHaveCount(1)
    const headlines = dialog.getByRole('textbox', { name: /Headline of scene/ })
    await expect(headlines).toHaveCount(2)
    // The deck lists headlines (the figures' titles), not query strings.
    await expect(headlines.first()).toHaveValue(/^AI private investment in 2023/)
    await expect(dialog).not.toContainText('region=eu27')
    await dialog.getByRole('button', { name: 'Up (scene 2)' }).click()
    await expect(headlines.first()).toHaveValue(/^Published ranking/)
    await headlines.first().fill('France {value FRA rank}th in the published ranking')
    await dialog.getByRole('textbox', { name: 'Speaker notes of scene 2' }).fill('EU members only.')
    await dialog.getByRole('button', { name: 'Duplicate scene 2' }).click()
    await expect(headlines).toHaveCount(3)
    await dialog.getByRole('button', { name: 'Delete scene 3' }).click()
    await expect(headlines).toHaveCount(2)

    // Persisted: survives a reload; the headline is live on the slide.
    await page.reload()
    await page.getByRole('button', { name: 'Scenes', exact: true }).click()
    dialog = page.getByRole('dialog')
    await expect(dialog.getByRole('textbox', { name: 'Headline of scene 1' })).toHaveValue(
      'France {value FRA rank}th in the published ranking',
    )
    // Export JSON; a bad import changes nothing and says why.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export JSON' }).click(),
    ])
    const json = await download.createReadStream().then(async (s) => {
      const chunks: Buffer[] = []
      for await (const c of s) chunks.push(c as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    })
    expect(JSON.parse(json)).toMatchObject({ format: 'ai-monitor-deck', version: 2 })
    await dialog.getByLabel('Deck file to import').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"ai-monitor-deck","version":3}'),
    })
    await expect(dialog.getByRole('alert')).toContainText('This is not an AI Monitor deck')
    await expect(headlines).toHaveCount(2)

    // A deck saved before scenes held figures opens each scene on its panel's first figure.
    await dialog.getByLabel('Deck file to import').setInputFiles({
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'ai-monitor-deck',
          version: 1,
          deck: {
            id: 'old',
            title: 'Old deck',
            scenes: [
              { id: 'o1', title: 'Old scene', notes: '', panel: 'models', query: 'year=2023' },
            ],
          },
        }),
      ),
    })
    await expect(dialog.getByRole('status')).toContainText('Imported “Old deck”')
    await expect(dialog.getByRole('textbox', { name: 'Headline of scene 1' })).toHaveValue(
      'Old scene',
    )
    await expect(dialog.getByText('Notable ML models per year (lines)')).toBeVisible()

    // The link restores a deck.
    await dialog.getByRole('combobox', { name: 'Deck' }).selectOption({ label: 'My deck' })
    await dialog.getByRole('button', { name: 'Copy deck link' }).click()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toMatch(/#deck=[\w-]+$/)
    await page.goto('about:blank')
    await page.goto(link)
    dialog = page.getByRole('dialog')
    await expect(dialog.getByRole('status')).toContainText('Opened the shared deck “My deck”')
    await expect(dialog.getByRole('textbox', { name: /Headline of scene/ })).toHaveCount(2)
    // Present it: the edited headline is filled from the figure (the scene's view is 2023: France is 6th in GVT 2024).
    await dialog.getByRole('button', { name: 'Present deck' }).click()
    await expect(headline(page)).toHaveText('France 6th in the published ranking')
  })
})

test.describe('themes', () => {
  for (const theme of ['Light', 'Dark', 'Projector'] as const) {
    test(`axe finds no violations in the ${theme} theme, on the dashboard and on a slide`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1920, height: 1080 })
      await page.goto('/?year=2023')
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme })
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
      await expect(
        page.getByRole('region', { name: 'Private Investment' }).getByRole('table').first(),
      ).toBeVisible()
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
      // The choice is a preference, not part of the link.
      expect(page.url()).not.toContain('theme')
      await page.getByRole('button', { name: 'Present', exact: true }).click()
      await settled(page)
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
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
