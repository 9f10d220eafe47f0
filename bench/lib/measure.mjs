/**
 * In-browser measurements (Playwright on Chromium): page loads with web vitals at a CPU
 * throttling rate, filter-change latency, frame times while dragging a slider and during a
 * tooltip sweep, DOM size.
 */
import { median, quantile, round } from './serve.mjs'

/** Installed before any page script: LCP, CLS, first visible chart or table, frame logger. */
const INIT = () => {
  const bench = {
    lcp: null,
    cls: 0,
    shifts: [],
    chartVisible: null,
    tableVisible: null,
    frames: null,
  }
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return String(node?.nodeName ?? '?')
    const heading = node.closest('section')?.querySelector('h2,h3')?.textContent ?? ''
    return `${node.tagName.toLowerCase()}.${[...node.classList].slice(0, 2).join('.')}${heading ? ` in “${heading}”` : ''}`
  }
  Object.defineProperty(window, '__bench', { value: bench })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.lcp = e.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue
      bench.cls += e.value
      bench.shifts.push({
        value: e.value,
        at: e.startTime,
        sources: (e.sources ?? []).slice(0, 3).map((s) => describe(s.node)),
      })
    }
  }).observe({ type: 'layout-shift', buffered: true })
  const visible = (el) => {
    if (!el) return false
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0
  }
  const poll = () => {
    if (bench.chartVisible === null && visible(document.querySelector('main .recharts-surface')))
      bench.chartVisible = performance.now()
    if (bench.tableVisible === null && visible(document.querySelector('main table')))
      bench.tableVisible = performance.now()
    if (bench.chartVisible === null || bench.tableVisible === null) requestAnimationFrame(poll)
  }
  requestAnimationFrame(poll)
  // Frame logger, started and stopped around interactions.
  window.__startFrames = () => {
    bench.frames = []
    let last = performance.now()
    const tick = (t) => {
      if (bench.frames === null) return
      bench.frames.push(t - last)
      last = t
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }
  window.__stopFrames = () => {
    const frames = bench.frames ?? []
    bench.frames = null
    return frames
  }
}

export async function openPage(
  browser,
  url,
  { cpu = 1, viewport = { width: 1440, height: 900 } } = {},
) {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.addInitScript(INIT)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu })
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForFunction(() => window.__bench.chartVisible !== null, null, { timeout: 60_000 })
  return { context, page, errors }
}

/** One cold load: FCP, LCP, CLS, chart-ready mark and first visible chart / table. */
export async function measureLoad(browser, url, cpu) {
  const { context, page, errors } = await openPage(browser, url, { cpu })
  // Let late panels and layout settle before reading LCP and CLS.
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.waitForTimeout(800 * cpu)
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    lcp: window.__bench.lcp,
    cls: window.__bench.cls,
    chartReady: performance.getEntriesByName('chart-ready', 'mark')[0]?.startTime ?? null,
    chartVisible: window.__bench.chartVisible,
    tableVisible: window.__bench.tableVisible,
    domNodes: document.getElementsByTagName('*').length,
    shifts: [...window.__bench.shifts].sort((a, b) => b.value - a.value).slice(0, 3),
  }))
  await context.close()
  return { ...m, errors }
}

/** Median of `runs` cold loads at one CPU rate. */
export async function loads(browser, url, cpu, runs) {
  const all = []
  for (let i = 0; i < runs; i++) all.push(await measureLoad(browser, url, cpu))
  const med = (k) => median(all.map((r) => r[k]))
  return {
    cpu,
    runs,
    fcp: round(med('fcp')),
    lcp: round(med('lcp')),
    cls: round(med('cls'), 4),
    clsMax: round(Math.max(...all.map((r) => r.cls)), 4),
    chartReady: round(med('chartReady')),
    chartVisible: round(med('chartVisible')),
    tableVisible: round(med('tableVisible')),
    domNodes: all[0]?.domNodes ?? null,
    errors: [...new Set(all.flatMap((r) => r.errors))],
    largestShifts: all[0]?.shifts.map((x) => ({ ...x, value: round(x.value, 4), at: round(x.at) })),
    samples: all.map((r) => ({ fcp: round(r.fcp), lcp: round(r.lcp), cls: round(r.cls, 4) })),
  }
}

/**
 * Filter-change latency, URL-driven (the path Back/Forward and shared links take): push the
 * new query, fire popstate, then wait in the page until <main> changed and nothing on screen
 * is busy or loading (the docs/DESIGN.md budget), and on until nothing anywhere is; each time is taken
 * at the next animation frame (the frame that shows it).
 */
async function change(page, search) {
  // A page frozen by a long task never answers: give up after 15 s (counted as a timeout).
  let timer
  const frozen = new Promise((resolve) => (timer = setTimeout(() => resolve('frozen'), 15_000)))
  const result = await Promise.race([measureChange(page, search), frozen])
  clearTimeout(timer)
  return result
}

async function measureChange(page, search) {
  return page.evaluate(async (q) => {
    const main = document.querySelector('main')
    let mutated = false
    const observer = new MutationObserver(() => (mutated = true))
    // Attributes count too: a change whose figures are already on screen (e.g. the latest year
    // picked explicitly) redraws nothing, and only aria-busy / selection attributes move.
    observer.observe(main, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    })
    // docs/DESIGN.md §5 times "all visible panels updated": <main> changed and nothing on screen is busy
    // or loading. Content below the fold may still be updating then (the app brings it up to
    // date right after, marked aria-busy); the time until nothing anywhere is busy is kept too.
    const onScreen = (el) => {
      const r = el.getBoundingClientRect()
      return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth
    }
    const busyEls = () => [...main.querySelectorAll('[aria-busy="true"], .panel-state--loading')]
    const t0 = performance.now()
    history.pushState(null, '', q ? `?${q}` : location.pathname)
    dispatchEvent(new PopStateEvent('popstate', { state: null }))
    const result = await new Promise((resolve) => {
      let visible = null
      const check = () => {
        const busy = busyEls()
        if (mutated && visible === null && !busy.some(onScreen))
          requestAnimationFrame(() => (visible = performance.now() - t0))
        if (mutated && busy.length === 0)
          return requestAnimationFrame(() => {
            const all = performance.now() - t0
            resolve({ visible: visible ?? all, all })
          })
        if (performance.now() - t0 > 8000) return resolve(null)
        requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })
    observer.disconnect()
    return result
  }, search)
}

/** p50, p95 and max of the settled times; the timed-out ones (null) counted apart. */
function latency(times, settled = times.filter((t) => t !== null)) {
  return {
    n: settled.length,
    timeouts: times.length - settled.length,
    p50: round(quantile(settled, 0.5)),
    p95: round(quantile(settled, 0.95)),
    max: settled.length ? round(Math.max(...settled)) : null,
  }
}

export const CONTROLS = {
  region: ['region=eu27', 'region=g7', 'region=eastern-asia', 'region=europe', ''],
  year: ['year=2024', 'year=2023', 'year=2022', 'year=2021', 'year=2020', 'year=2019'],
  edition: ['edition=aiindex-2025', 'edition=aiindex-2024', ''],
  normalisation: ['norm=per-capita', 'norm=share-of-gdp', 'norm=share-of-world', ''],
}

export async function filterLatency(browser, url, { changes = 20, cpu = 1, giveUpAfter = 3 } = {}) {
  const { context, page, errors } = await openPage(browser, url, { cpu })
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.waitForTimeout(500)
  const result = {}
  for (const [control, values] of Object.entries(CONTROLS)) {
    const times = []
    // Start from the default view, then cycle so every step is a real change.
    await change(page, values[0])
    await change(page, '')
    for (let i = 0; i < changes; i++) {
      const t = await change(page, values[i % values.length])
      if (t === 'frozen') {
        result.frozen = `the page stopped answering during ${control} changes`
        break
      }
      times.push(t)
      // A control whose changes keep timing out is reported as such, not waited out 20 times.
      if (times.length >= giveUpAfter && times.slice(-giveUpAfter).every((x) => x === null)) {
        times.push(...Array.from({ length: changes - i - 1 }, () => null))
        break
      }
    }
    if (result.frozen) {
      result[control] = { n: 0, timeouts: changes, p50: null, p95: null, max: null }
      break
    }
    await change(page, '')
    const ok = times.filter((t) => t !== null).map((t) => t.visible)
    const all = times.filter((t) => t !== null).map((t) => t.all)
    result[control] = {
      ...latency(times, ok),
      // Until nothing anywhere is busy, including content below the fold (not a docs/DESIGN.md budget).
      allPanels: {
        p50: round(quantile(all, 0.5)),
        p95: round(quantile(all, 0.95)),
        max: all.length ? round(Math.max(...all)) : null,
      },
    }
  }
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length)
  await context.close()
  return { ...result, domNodes, errors }
}

const frameStats = (frames) => ({
  frames: frames.length,
  p50: round(quantile(frames, 0.5), 1),
  p95: round(quantile(frames, 0.95), 1),
  max: round(Math.max(...frames), 1),
})

/** Frame times while dragging the first slider named like "weight", if the page has one. */
export async function sliderDrag(browser, url) {
  const { context, page } = await openPage(browser, url)
  const slider = page.getByRole('slider', { name: /weight/i })
  if ((await slider.count()) === 0) {
    await context.close()
    return { skipped: 'no slider named "weight" on the default view' }
  }
  const first = slider.first()
  await first.scrollIntoViewIfNeeded()
  // react-aria keeps the <input> visually hidden; drag its visible thumb.
  const box = await first.evaluate((input) => {
    // The thumb: an ancestor named like one, else the first ancestor with a real box.
    let el = input.closest('[class*="thumb"]')
    if (!el) {
      el = input.parentElement
      while (el && el.getBoundingClientRect().width < 4) el = el.parentElement
    }
    const r = (el ?? input).getBoundingClientRect()
    const track = el?.parentElement?.getBoundingClientRect() ?? r
    return {
      x: r.x + r.width / 2,
      y: r.y + r.height / 2,
      trackLeft: track.x,
      trackRight: track.x + track.width,
    }
  })
  const before = await first.inputValue()
  const urlBefore = page.url()
  await page.evaluate(() => window.__startFrames())
  await page.mouse.move(box.x, box.y)
  await page.mouse.down()
  const steps = 24
  for (let i = 1; i <= steps; i++) {
    const x = box.trackLeft + ((box.trackRight - box.trackLeft) * (i % 12)) / 12
    await page.mouse.move(x, box.y)
    await page.waitForTimeout(16)
  }
  await page.mouse.up()
  await page.waitForTimeout(300)
  const frames = await page.evaluate(() => window.__stopFrames())
  const name = await first.evaluate(
    (el) =>
      el.getAttribute('aria-label') ??
      (el.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim(),
  )
  // The drag must have moved the value, or the frame times measure nothing.
  const moved = (await first.inputValue()) !== before || page.url() !== urlBefore
  await context.close()
  return { slider: name, moves: steps, moved, ...frameStats(frames) }
}

/** The longest frame while the mouse sweeps across the first chart (tooltips follow it). */
export async function tooltipSweep(browser, url) {
  const { context, page } = await openPage(browser, url)
  const chart = page.locator('main .recharts-surface').first()
  await chart.scrollIntoViewIfNeeded()
  await page.waitForTimeout(300)
  const box = await chart.boundingBox()
  await page.evaluate(() => window.__startFrames())
  const steps = 60
  for (let i = 0; i <= steps; i++) {
    await page.mouse.move(box.x + (box.width * i) / steps, box.y + box.height / 2)
    await page.waitForTimeout(16)
  }
  await page.waitForTimeout(200)
  const frames = await page.evaluate(() => window.__stopFrames())
  const tooltips = await page.locator('main .recharts-tooltip-wrapper').count()
  await context.close()
  return { moves: steps + 1, tooltipsRendered: tooltips, ...frameStats(frames) }
}

/**
 * Scene change → slide drawn, in presentation mode at 1280×720: a clicker's → (a keydown on
 * the window, as the presenting app listens), then wait in the page until the slide counter
 * shows the next scene, its figure has drawn (a chart's SVG, a table, the figure's empty
 * reason, or a key-figure slide's number, which has no chart), nothing in the slide is busy and the headline is filled; the time is taken at the
 * next animation frame. Steps through the deck and round again from the first slide, so cold
 * (first showing) and warm changes are both in the sample; each is reported too.
 */
export async function sceneChange(browser, url, { changes = 20 } = {}) {
  const { context, page, errors } = await openPage(browser, url, {
    viewport: { width: 1280, height: 720 },
  })
  await page.keyboard.press('p')
  await page.waitForSelector('article.slide .chart-frame__chart svg, article.slide table')
  const total = await page.evaluate(() =>
    Number(document.querySelector('.slide__count')?.textContent?.split('/')[1]),
  )
  const cold = []
  const warm = []
  let current = 1
  for (let i = 0; i < changes; i++) {
    const next = current === total ? 1 : current + 1
    const key = current === total ? 'Home' : 'ArrowRight'
    const t = await page.evaluate(
      async ({ key, expected }) => {
        const t0 = performance.now()
        dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
        return new Promise((resolve) => {
          const check = () => {
            const slide = document.querySelector('article.slide')
            const count = slide?.querySelector('.slide__count')?.textContent?.trim() ?? ''
            const drawn = slide?.querySelector(
              '.chart-frame__chart svg, .chart-frame table, .chart-frame__empty, .key-figure__value',
            )
            const busy = slide?.querySelector('[aria-busy="true"], .panel-state--loading')
            const headline = slide?.querySelector('.slide__headline')?.textContent ?? '…'
            if (count.startsWith(`${expected} /`) && drawn && !busy && !headline.includes('…'))
              return requestAnimationFrame(() => resolve(performance.now() - t0))
            if (performance.now() - t0 > 8000) return resolve(null)
            requestAnimationFrame(check)
          }
          requestAnimationFrame(check)
        })
      },
      { key, expected: next },
    )
    ;(i < total ? cold : warm).push(t)
    current = next
  }
  await context.close()
  const stats = (xs) => {
    const ok = xs.filter((x) => x !== null)
    return {
      n: ok.length,
      timeouts: xs.length - ok.length,
      p50: round(quantile(ok, 0.5)),
      p95: round(quantile(ok, 0.95)),
      max: ok.length ? round(Math.max(...ok)) : null,
    }
  }
  return {
    slides: total,
    ...stats([...cold, ...warm]),
    cold: stats(cold),
    warm: stats(warm),
    samples: [...cold, ...warm].map((x) => (x === null ? null : round(x))),
    errors,
  }
}

/**
 * Views the map is redrawn for: each step changes its figures. `filters`: year, edition and
 * normalisation (the colours and legend change, the projection stays); `region`: a zoom in
 * or out (the projection changes too; EU-27 needs the 1:50m atlas, fetched once).
 */
export const MAP_CHANGES = {
  filters: [
    'year=2024&edition=aiindex-2025',
    'year=2024&edition=aiindex-2025&norm=per-capita',
    'year=2025',
    'year=2025&norm=share-of-world',
    'year=2023&edition=aiindex-2024',
  ],
  region: ['year=2025&region=eu27', 'year=2025', 'year=2025&region=eastern-asia', 'year=2025'],
}

const MAP = '[data-figure="investment.map"]'

/**
 * One map redraw, URL-driven like filterLatency: push the new query, fire popstate, and time
 * until the map has changed and neither it nor its figure is busy, at the next animation frame
 * (the frame that shows it). null when it never settled within 8 s.
 */
async function measureMapChange(page, search) {
  return page.evaluate(
    async ({ q, selector }) => {
      const main = document.querySelector('main')
      let mutated = false
      const observer = new MutationObserver((records) => {
        if (records.some((r) => (r.target.closest?.(selector) ?? null) !== null)) mutated = true
      })
      observer.observe(main, { childList: true, subtree: true, attributes: true })
      const settled = () => {
        const figure = document.querySelector(`figure${selector}`)
        const svg = figure?.querySelector('svg[data-scale]')
        return (
          svg != null &&
          svg.getAttribute('aria-busy') !== 'true' &&
          figure.closest('[aria-busy="true"]') === null
        )
      }
      const t0 = performance.now()
      history.pushState(null, '', `?${q}`)
      dispatchEvent(new PopStateEvent('popstate', { state: null }))
      const time = await new Promise((resolve) => {
        const check = () => {
          if (mutated && settled())
            return requestAnimationFrame(() => resolve(performance.now() - t0))
          if (performance.now() - t0 > 8000) return resolve(null)
          requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      })
      observer.disconnect()
      return time
    },
    { q: search, selector: MAP },
  )
}

/**
 * Map redraw on a filter change (docs/DESIGN.md §5: ≤ 50 ms): the Private Investment map on
 * screen, `changes` changes per kind, after one untimed pass over every view (so each edition's
 * data and the 1:50m atlas are loaded: a redraw, not a download, is timed).
 */
export async function mapRedraw(browser, url, { changes = 20 } = {}) {
  const { context, page, errors } = await openPage(browser, `${url}?year=2025`)
  const figure = page.locator(`figure${MAP}`)
  await figure.scrollIntoViewIfNeeded()
  await page.locator(`figure${MAP} svg[data-scale]`).waitFor({ timeout: 30_000 })
  const result = {}
  for (const [kind, views] of Object.entries(MAP_CHANGES)) {
    for (const v of [...views, views[0]]) await measureMapChange(page, v)
    const times = []
    for (let i = 1; i <= changes; i++)
      times.push(await measureMapChange(page, views[i % views.length]))
    result[kind] = latency(times)
  }
  await context.close()
  return { ...result, errors }
}

/**
 * The map's own redraw (docs/DESIGN.md §5: ≤ 50 ms), on bench/map-harness: the choropleth
 * alone, drawn for a new view (new figures; for `region`, a zoom in or out too), timed to the
 * frame that shows it. One untimed pass first, so the 1:50m atlas has loaded.
 */
export async function mapHarness(browser, url, { changes = 20 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForFunction(() => window.__mapBench !== undefined)
  const kinds = await page.evaluate(() => window.__mapBench.kinds)
  const result = {}
  for (const [kind, count] of Object.entries(kinds)) {
    for (let i = 0; i < count; i++)
      await page.evaluate(([k, j]) => window.__mapBench.show(k, j), [kind, i])
    await page.waitForFunction(() => !document.querySelector('svg[aria-busy="true"]'))
    const times = []
    for (let i = 1; i <= changes; i++)
      times.push(await page.evaluate(([k, j]) => window.__mapBench.show(k, j), [kind, i % count]))
    result[kind] = {
      n: times.length,
      p50: round(quantile(times, 0.5), 1),
      p95: round(quantile(times, 0.95), 1),
      max: round(Math.max(...times), 1),
    }
  }
  await context.close()
  return { ...result, errors }
}
