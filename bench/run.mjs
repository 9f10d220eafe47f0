/**
 * `npm run bench`: builds the app for production and measures it in Chromium (Playwright) and
 * Lighthouse: JS per chunk (gzip), FCP / LCP / CLS at CPU ×1 and ×4 (median of 5 loads), the
 * chart-ready mark, filter-change latency, scene change → slide drawn, frame times (slider drag, tooltip sweep), DOM size,
 * and a scale run on a seeded synthetic dataset served over HTTP by the same handlers.
 * Writes bench/results.json and bench/results.md and prints the table; budgets in
 * bench/budgets.json (docs/DESIGN.md §5) are checked by `npm run bench:check`.
 *
 * Env: BENCH_LOADS (5), BENCH_CHANGES (20), BENCH_LH_RUNS (1), BENCH_SKIP_LH=1, BENCH_SKIP_SCALE=1.
 *
 * `node bench/run.mjs --only map`: the build and the map-redraw measure alone (a minute, not
 * the whole run), written to bench/map-results.json and checked against the map's budgets.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, findChromium } from '../scripts/find-chromium.mjs'
import { runLighthouse } from './lib/lighthouse.mjs'
import {
  filterLatency,
  loads,
  mapHarness,
  mapRedraw,
  sceneChange,
  sliderDrag,
  tooltipSweep,
} from './lib/measure.mjs'
import { evaluateBudgets, renderMapMarkdown, renderMarkdown } from './lib/report.mjs'
import { bundleReport, mswBytes, serveStatic } from './lib/serve.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const here = dirname(fileURLToPath(import.meta.url))
const LOADS = Number(process.env.BENCH_LOADS ?? 5)
const CHANGES = Number(process.env.BENCH_CHANGES ?? 20)
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 1)
const ONLY = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : null
if (ONLY !== null && ONLY !== 'map') {
  console.error(`--only ${ONLY}: the one focused run is --only map`)
  process.exit(2)
}
const started = Date.now()
const log = (msg) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`)

/** Builds bench/map-harness (the map alone) with the app's config into `outDir`. */
function buildMapHarness(outDir) {
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      'bench/map-harness',
      '--config',
      'vite.config.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_API_BASE_URL: '' } },
  )
}

/** The map alone (its own redraw) and on the dashboard (a filter change until it shows). */
async function measureMap(browser, appUrl) {
  const dir = join(work, 'map-harness')
  buildMapHarness(dir)
  const harness = await serveStatic(dir)
  cleanups.push(harness.close)
  return {
    alone: await mapHarness(browser, `${harness.url}/`, { changes: CHANGES }),
    dashboard: await mapRedraw(browser, appUrl, { changes: CHANGES }),
  }
}

function build(outDir, apiBaseUrl) {
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_API_BASE_URL: apiBaseUrl } },
  )
}

/** Starts bench/synthetic-server.ts; resolves its first JSON line ({ port, counts }). */
function startSyntheticServer() {
  const child = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'bench/synthetic-server.ts'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    child.once('exit', (code) => reject(new Error(`synthetic server exited (${code})`)))
    child.stdout.on('data', (chunk) => {
      out += chunk
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (line) resolve({ ...JSON.parse(line), stop: () => child.kill('SIGTERM') })
    })
  })
}

const work = mkdtempSync(join(tmpdir(), 'ai-monitor-bench-'))
const cleanups = [() => rmSync(work, { recursive: true, force: true })]
async function cleanup() {
  for (const fn of cleanups.reverse()) await fn()
}
process.on('SIGINT', () => cleanup().finally(() => process.exit(130)))

try {
  const executablePath = findChromium()
  const results = {
    meta: {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      chromium: null,
      loads: LOADS,
      changesPerControl: CHANGES,
    },
  }

  log('building (embedded data)…')
  const embeddedDir = join(work, 'embedded')
  build(embeddedDir, '')
  results.bundle = bundleReport(embeddedDir)

  const app = await serveStatic(embeddedDir)
  cleanups.push(app.close)
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS })
  cleanups.push(() => browser.close())
  results.meta.chromium = browser.version()

  if (ONLY === 'map') {
    log(`map redraw (${CHANGES} changes per kind)…`)
    results.map = await measureMap(browser, `${app.url}/`)
    const budgets = JSON.parse(readFileSync(join(here, 'budgets.json'), 'utf8'))
    results.budgets = evaluateBudgets(results, budgets).filter((b) => b.path.startsWith('map.'))
    results.meta.seconds = Math.round((Date.now() - started) / 1000)
    writeFileSync(join(here, 'map-results.json'), `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\n${renderMapMarkdown(results)}`)
    const over = results.budgets.filter((b) => b.ok !== true)
    log(over.length ? `${over.length} map budget(s) over or not measured` : 'the map budgets hold')
    await cleanup()
    process.exit(over.length ? 1 : 0)
  }

  for (const cpu of [1, 4]) {
    log(`${LOADS} cold loads at CPU ×${cpu}…`)
    results[`loadCpu${cpu}`] = await loads(browser, `${app.url}/`, cpu, LOADS)
  }
  log(`filter changes (${CHANGES} per control)…`)
  results.filters = await filterLatency(browser, `${app.url}/`, { changes: CHANGES })
  log(`scene changes in presentation mode (${CHANGES})…`)
  results.scenes = await sceneChange(browser, `${app.url}/`, { changes: CHANGES })
  log('weight slider drag and tooltip sweep…')
  results.slider = await sliderDrag(browser, `${app.url}/`)
  results.tooltip = await tooltipSweep(browser, `${app.url}/`)
  log('map redraw…')
  results.map = await measureMap(browser, `${app.url}/`)

  if (process.env.BENCH_SKIP_SCALE !== '1') {
    log('scale run: synthetic dataset over HTTP…')
    const api = await startSyntheticServer()
    cleanups.push(api.stop)
    const httpDir = join(work, 'http')
    build(httpDir, `http://127.0.0.1:${api.port}`)
    const httpApp = await serveStatic(httpDir)
    cleanups.push(httpApp.close)
    results.scale = {
      dataset: {
        entities: api.entities,
        years: api.years,
        indicators: api.indicators,
        observations: api.observations,
        editions: api.editions,
      },
      mswBytesInHttpBuild: mswBytes(httpDir),
      httpBundle: { entry: bundleReport(httpDir).entry, initial: bundleReport(httpDir).initial },
      load: await loads(browser, `${httpApp.url}/`, 1, 3),
      // Fewer changes at scale: each can take seconds, and the run must stay within minutes.
      filters: await filterLatency(browser, `${httpApp.url}/`, {
        changes: Math.min(CHANGES, 6),
        giveUpAfter: 1,
      }),
    }
  }

  if (process.env.BENCH_SKIP_LH !== '1') {
    log(`Lighthouse desktop and mobile (${LH_RUNS} run each)…`)
    results.lighthouse = {
      desktop: await runLighthouse(`${app.url}/`, 'desktop', { executablePath, runs: LH_RUNS }),
      mobile: await runLighthouse(`${app.url}/`, 'mobile', { executablePath, runs: LH_RUNS }),
    }
  }

  const budgets = JSON.parse(readFileSync(join(here, 'budgets.json'), 'utf8'))
  results.budgets = evaluateBudgets(results, budgets)
  results.meta.seconds = Math.round((Date.now() - started) / 1000)
  writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  const markdown = renderMarkdown(results)
  writeFileSync(join(here, 'results.md'), markdown)
  console.log(`\n${markdown}`)
  const over = results.budgets.filter((b) => b.ok === false)
  log(over.length ? `${over.length} budget(s) exceeded (see bench:check)` : 'every budget holds')
} finally {
  await cleanup()
}
