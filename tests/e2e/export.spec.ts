/**
 * Exports (issue #6): PNG sizes, SVG stamp, CSV metadata and rows, PowerPoint package, copy
 * link. Targets the first chart frame of the Private Investment panel, whatever it draws.
 */
import { expect, test, type Download, type Page } from '@playwright/test'
import JSZip from 'jszip'
import Papa from 'papaparse'

const URL_2023 = '/?year=2023&edition=aiindex-2024'
const firstFigure = (page: Page) =>
  page.getByRole('region', { name: 'Private Investment', exact: true }).getByRole('figure').first()

async function bytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

async function exportAs(page: Page, item: string): Promise<{ name: string; data: Buffer }> {
  const figure = firstFigure(page)
  await figure.getByRole('button', { name: /^Export:/ }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ])
  return { name: download.suggestedFilename(), data: await bytes(download) }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Buffer) {
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG')
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
}

test.describe('chart exports', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(URL_2023)
    // Charts are drawn near the viewport only: bring the figure on screen, as a user would.
    await firstFigure(page).scrollIntoViewIfNeeded()
    await expect(firstFigure(page).locator('.chart-frame__chart svg').first()).toBeVisible()
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  })

  test('PNG at 1×, 2× and 3840×2160', async ({ page }) => {
    const one = pngSize((await exportAs(page, 'PNG image (1×)')).data)
    const two = pngSize((await exportAs(page, 'PNG image (2×)')).data)
    expect(two).toEqual({ width: one.width * 2, height: one.height * 2 })
    expect(one.width).toBeGreaterThanOrEqual(640)
    const big = await exportAs(page, 'PNG image (3840×2160)')
    expect(big.name).toMatch(/\.png$/)
    expect(pngSize(big.data)).toEqual({ width: 3840, height: 2160 })
  })

  test('SVG carries the chart, title, source, filters, edition and link', async ({ page }) => {
    const figure = firstFigure(page)
    // The title names the figure; the source is its caption's first line.
    const title = await figure.evaluate(
      (f) => document.getElementById(f.getAttribute('aria-labelledby') ?? '')?.textContent ?? null,
    )
    const source = (await figure.locator('.chart-frame__source').textContent())?.replace(
      /^Source: /,
      '',
    )
    const { name, data } = await exportAs(page, 'SVG image')
    expect(name).toMatch(/\.svg$/)
    const svg = data.toString('utf8')
    expect(svg.startsWith('<svg')).toBe(true)
    const text = svg.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    expect(text).toContain(title ?? '∅')
    expect(text).toContain(`Source: ${source ?? '∅'}`)
    expect(text).toContain('Year: 2023')
    expect(text).toContain('Edition: AI Index 2024')
    expect(text).toContain('?year=2023&edition=aiindex-2024')
    // The chart itself is inside (a nested svg with its marks), not a screenshot.
    expect(svg.match(/<svg/g)?.length ?? 0).toBeGreaterThanOrEqual(2)
    expect(svg).not.toContain('<script')
  })

  test('CSV has the metadata header and exactly the rows of the table on screen', async ({
    page,
  }) => {
    const { name, data } = await exportAs(page, 'CSV data')
    expect(name).toMatch(/\.csv$/)
    const rows = Papa.parse<string[]>(data.toString('utf8').trimEnd(), { newline: '\r\n' }).data
    const labels = rows.slice(
      0,
      rows.findIndex((r) => r.length === 1 && r[0] === ''),
    )
    const meta = new Map(labels.map((r) => [r[0], r[1]]))
    expect([...meta.keys()]).toEqual(
      expect.arrayContaining(['Title', 'Source', 'Licence', 'Edition', 'Units', 'Filters', 'Link']),
    )
    expect(meta.get('Edition')).toBe('AI Index 2024')
    // The licence of the sources drawn from, as /meta serves it: AI Index 2024 figures are known
    // here only as quoted by news sites, so they carry the publishers' rights, not CC BY-ND.
    expect(meta.get('Licence')).toBe('Quoted figure; © the publisher')
    expect(meta.get('Filters')).toContain('Year: 2023')
    expect(Number.isNaN(Date.parse(meta.get('Exported') ?? ''))).toBe(false)
    const body = rows.slice(labels.length + 2) // blank line, then the column header
    expect(body.length).toBeGreaterThan(0)

    // The same frame shown as a table: one table row per CSV row, same first cells, same order.
    const figure = firstFigure(page)
    await figure.getByRole('button', { name: 'Show table' }).click()
    const tableRows = figure.getByRole('table').getByRole('row')
    const onScreen = (await tableRows.allInnerTexts()).slice(1)
    expect(onScreen).toHaveLength(body.length)
    body.forEach((row, i) => expect(onScreen[i]).toContain(row[0] ?? '∅'))
    expect(body.map((r) => r[0])).toContain('United States')
  })

  test('copy link puts the view’s link on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await firstFigure(page)
      .getByRole('button', { name: /^Export:/ })
      .click()
    await page.getByRole('menuitem', { name: 'Copy link to this view' }).click()
    await expect(firstFigure(page).getByText('Link copied to the clipboard.')).toBeVisible()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toMatch(/\/\?year=2023&edition=aiindex-2024$/)
  })
})

test('a deck exports to PowerPoint: one slide per scene with notes; the view is restored', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.goto('/?region=eu27')
  await page.getByRole('button', { name: 'Scenes', exact: true }).click()
  const dialog = page.getByRole('dialog')
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 80_000 }),
    dialog.getByRole('button', { name: 'Export PowerPoint' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('all-those-billions.pptx')
  const zip = await JSZip.loadAsync(await bytes(download))
  const files = Object.keys(zip.files)
  expect(files).toContain('[Content_Types].xml')
  const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
  const notes = files.filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
  expect(slides).toHaveLength(6)
  expect(notes).toHaveLength(6)
  const media = files.filter((f) => f.startsWith('ppt/media/'))
  expect(media.length).toBeGreaterThanOrEqual(6)
  const first = (await zip.file('ppt/notesSlides/notesSlide1.xml')?.async('string')) ?? ''
  expect(first).toContain('consistent with rounding')
  expect(first).toContain('Source:')
  expect(first).toContain('Live view:')
  const slide1 = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? ''
  expect(slide1).toContain('The investment gap, 2023')
  const rels = (await zip.file('ppt/slides/_rels/slide1.xml.rels')?.async('string')) ?? ''
  expect(rels).toMatch(/year=2023&amp;edition=aiindex-2024/)
  // Back on the user's view, out of presentation mode.
  await expect(page).toHaveURL(/\/\?region=eu27$/)
  await expect(dialog.getByRole('status')).toContainText('Exported 6 slides')
})
