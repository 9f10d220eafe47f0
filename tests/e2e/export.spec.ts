/**
 * Exports (issue #6, issue 17): PNG sizes (the 3840×2160 one laid out at that size), SVG stamp,
 * CSV metadata, rows and byte-order mark, the XLSX workbook read back, PowerPoint package, copy
 * link. Targets the first chart frame of the Private Investment panel, whatever it draws.
 */
import { expect, test, type Download, type Page } from '@playwright/test'
import { createHash } from 'node:crypto'
import ExcelJS from 'exceljs'
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

/** Content-Security-Policy violations from now on, read when the returned function is called. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { cspViolations: string[] }
    w.cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    )
  })
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
}

/** Width and height of what a PNG draws besides its background (run in the page). */
async function drawnExtent(base64: string): Promise<{ width: number; height: number }> {
  const img = new Image()
  img.src = `data:image/png;base64,${base64}`
  await img.decode()
  const canvas = document.createElement('canvas')
  canvas.width = img.width
  canvas.height = img.height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no canvas')
  ctx.drawImage(img, 0, 0)
  const { data } = ctx.getImageData(0, 0, img.width, img.height)
  const bg = [data[0], data[1], data[2]]
  let [left, right, top, bottom] = [img.width, -1, img.height, -1]
  for (let y = 0; y < img.height; y += 2)
    for (let x = 0; x < img.width; x += 2) {
      const i = (y * img.width + x) * 4
      if (data[i] === bg[0] && data[i + 1] === bg[1] && data[i + 2] === bg[2]) continue
      left = Math.min(left, x)
      right = Math.max(right, x)
      top = Math.min(top, y)
      bottom = Math.max(bottom, y)
    }
  return { width: right - left, height: bottom - top }
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
    const charts = await page.locator('svg.recharts-surface').count()
    const violations = await watchCsp(page)
    const big = await exportAs(page, 'PNG image (3840×2160)')
    expect(big.name).toMatch(/\.png$/)
    expect(pngSize(big.data)).toEqual({ width: 3840, height: 2160 })
    // Laid out at that size: what is drawn spans the image, not a small chart in a wide canvas.
    const drawn = await page.evaluate(drawnExtent, big.data.toString('base64'))
    expect(drawn.width / 3840).toBeGreaterThan(0.9)
    expect(drawn.height / 2160).toBeGreaterThan(0.9)
    // The chart drawn for it off screen is gone again.
    await expect(page.locator('svg.recharts-surface')).toHaveCount(charts)
    expect(await violations()).toEqual([])
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

  test('CSV starts with the UTF-8 byte-order mark', async ({ page }) => {
    const { data } = await exportAs(page, 'CSV data')
    expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(data.subarray(3, 9).toString('utf8')).toBe('Title,')
  })

  test('XLSX: the CSV’s figures as typed numbers at full precision, and an About sheet', async ({
    page,
  }) => {
    const violations = await watchCsp(page)
    const xlsx = await exportAs(page, 'Excel workbook (XLSX)')
    expect(xlsx.name).toMatch(/\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    const { buffer, byteOffset, byteLength } = xlsx.data
    await workbook.xlsx.load(buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Data', 'About'])

    const csv = Papa.parse<string[]>((await exportAs(page, 'CSV data')).data.toString('utf8'), {
      newline: '\r\n',
    }).data
    const body = csv.slice(csv.findIndex((r) => r.length === 1 && r[0] === '') + 1)
    const data = workbook.getWorksheet('Data')
    expect(data?.getRow(1).getCell(1).value).toBe(body[0]?.[0])
    const us = body.findIndex((r) => r[0] === 'United States')
    expect(us).toBeGreaterThan(0)
    const cell = data?.getRow(us + 1).getCell(2)
    expect(cell?.type).toBe(ExcelJS.ValueType.Number)
    // The same figure as the CSV's, to the last digit (the table on screen shows 67.2).
    expect(cell?.value).toBe(Number(body[us]?.[1]))

    const about = new Map<string, unknown>()
    workbook.getWorksheet('About')?.eachRow((row) => {
      about.set(row.getCell(1).text, row.getCell(2).value)
    })
    expect(about.get('Edition')).toBe('AI Index 2024')
    expect(about.get('Licence')).toBe('Quoted figure; © the publisher')
    expect(String(about.get('Filters'))).toContain('Year: 2023')
    expect(String(about.get('Title'))).toMatch(/^Ranked, 2023/)
    expect(about.get('Link')).toEqual({
      text: expect.stringMatching(/\/\?year=2023&edition=aiindex-2024$/) as unknown,
      hyperlink: expect.stringMatching(/\/\?year=2023&edition=aiindex-2024$/) as unknown,
    })
    expect(await violations()).toEqual([])
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

/** The numbers of a CSV export's data rows, by row label (the first numeric column). */
function csvValues(text: string): Map<string, number> {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data
  const blank = rows.findIndex((r) => r.length === 1 && r[0] === '')
  return new Map(
    rows
      .slice(blank + 2)
      .filter((r) => r[1] !== undefined && r[1] !== '')
      .map((r) => [r[0] ?? '', Number(r[1])]),
  )
}

test('a deck exports to PowerPoint: a slide per scene titled by its live headline, native charts carrying the figure’s data, notes; the view is untouched', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  // The headlines as the slides show them, filled from the data.
  await page.goto('/')
  await page.getByRole('button', { name: 'Present', exact: true }).click()
  const total = Number((await page.locator('.slide__count').textContent())?.split('/')[1])
  const headlines: string[] = []
  for (let i = 1; i <= total; i++) {
    await expect(page.locator('.slide__count')).toHaveText(`${i} / ${total}`)
    await expect(page.locator('.slide__headline')).not.toContainText('…')
    headlines.push((await page.locator('.slide__headline').textContent()) ?? '')
    await page.keyboard.press('ArrowRight')
  }

  await page.goto('/?region=eu27')
  await page.getByRole('button', { name: 'Scenes', exact: true }).click()
  const dialog = page.getByRole('dialog')
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 100_000 }),
    dialog.getByRole('button', { name: 'Export PowerPoint' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('all-those-billions.pptx')
  // Drawn off screen from each scene's own view: the user's view was never touched.
  await expect(page).toHaveURL(/\/\?region=eu27$/)
  await expect(dialog.getByRole('status')).toContainText(`Exported ${total} slides`)
  const zip = await JSZip.loadAsync(await bytes(download))
  const files = Object.keys(zip.files)
  const read = async (f: string) => (await zip.file(f)?.async('string')) ?? ''
  const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
  const notes = files.filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
  expect(slides).toHaveLength(total)
  expect(notes).toHaveLength(total)
  const imageHashes = new Set<string>()
  for (let i = 1; i <= total; i++) {
    const xml = await read(`ppt/slides/slide${i}.xml`)
    const text = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? '')
    const decode = (t: string) =>
      t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    // The title is the headline, filled as on screen.
    expect(decode(text[0] ?? ''), `slide ${i} title`).toBe(headlines[i - 1])
    const rels = await read(`ppt/slides/_rels/slide${i}.xml.rels`)
    const chart = /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1]
    const image = /Target="(?:\.\.|\/ppt)\/media\/([^"]+)"/.exec(rels)?.[1]
    const table = xml.includes('<a:tbl>')
    // A key-figure slide is its one big number, its label and its claim's status, as text.
    const keyFigure = text.some((t) => decode(t).startsWith('Quoted in the debate — status: '))
    expect(chart || image || table || keyFigure, `slide ${i} has its figure`).toBeTruthy()
    if (keyFigure) expect(chart ?? image, `slide ${i}: a key figure only`).toBeUndefined()
    if (image) {
      const data = (await zip.file(`ppt/media/${image}`)?.async('nodebuffer')) ?? Buffer.alloc(0)
      const hash = createHash('sha1').update(data).digest('hex')
      expect(imageHashes.has(hash), `slide ${i}: an image of its own`).toBe(false)
      imageHashes.add(hash)
      expect(xml).not.toContain('preencoded.png')
      expect(xml).toMatch(/descr="[^"]{20,}"/)
    }
    const note = await read(`ppt/notesSlides/notesSlide${i}.xml`)
    expect(note, `slide ${i} notes`).toContain('Source:')
    expect(note).toContain('Live view:')
  }
  // Slide 1 is the 2023 ranking of AI Index 2024 as a native bar chart: its values are the
  // figure's CSV export at the scene's view, exactly.
  const rels1 = await read('ppt/slides/_rels/slide1.xml.rels')
  const chart1 = /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels1)?.[1]
  expect(chart1).toBeDefined()
  const chartXml = await read(`ppt/charts/${chart1 ?? ''}`)
  const values = [
    ...(/<c:val>[\s\S]*?<\/c:val>/.exec(chartXml)?.[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g),
  ].map((m) => Number(m[1]))
  await page.goto('/?year=2023&edition=aiindex-2024&selected=USA')
  const figure = page
    .getByRole('region', { name: 'Private Investment', exact: true })
    .getByRole('figure')
    .first()
  await figure.scrollIntoViewIfNeeded()
  await figure.getByRole('button', { name: /^Export:/ }).click()
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'CSV data' }).click(),
  ])
  const expected = [...csvValues((await bytes(csv)).toString('utf8')).values()]
  expect([...values].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b))
  expect(values).toContain(67.22)
})
