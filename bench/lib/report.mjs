/** Budgets against results, and the Markdown table of a bench run. */

const get = (obj, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj)

/** One row per budget: value, limit, ok (null when the figure was not measured). */
export function evaluateBudgets(results, { budgets }) {
  const derived = {
    ...results,
    filterTimeouts: results.filters
      ? Object.values(results.filters).reduce((s, f) => s + (f?.timeouts ?? 0), 0)
      : undefined,
  }
  return budgets.map((b) => {
    const value = get(derived, b.path)
    const measured = typeof value === 'number'
    const ok = !measured ? null : b.max !== undefined ? value <= b.max : value >= b.min
    return { ...b, value: measured ? value : null, ok }
  })
}

const kb = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`)
const ms = (v) => (v == null ? '–' : `${Math.round(v)} ms`)
const num = (v) => (v == null ? '–' : String(v))
const limit = (b) =>
  b.max !== undefined
    ? `≤ ${b.unit === 'B' ? kb(b.max) : `${b.max}${b.unit ? ` ${b.unit}` : ''}`}`
    : `≥ ${b.min}`
const shown = (b) => (b.unit === 'B' ? kb(b.value) : b.unit === 'ms' ? ms(b.value) : num(b.value))

/** The map-redraw measures as a Markdown table: the map alone, and on the dashboard. */
function mapTable(m) {
  const lines = ['| map redraw | p50 | p95 | max | n |', '| --- | ---: | ---: | ---: | ---: |']
  const label = {
    'alone.filters': 'the map alone: new figures (year, edition, indicator)',
    'alone.region': 'the map alone: zoom to EU-27 and back',
    'dashboard.filters': 'dashboard: year, edition or normalisation change until the map shows it',
    'dashboard.region': 'dashboard: region change until the map is zoomed',
  }
  for (const where of ['alone', 'dashboard'])
    for (const [kind, f] of Object.entries(m[where] ?? {}))
      if (f && typeof f === 'object' && 'p50' in f)
        lines.push(
          `| ${label[`${where}.${kind}`] ?? `${where} ${kind}`} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.max)} | ${f.n}${f.timeouts ? ` (+${f.timeouts} timed out)` : ''} |`,
        )
  return lines.join('\n')
}

/** The budgets and measures of a focused map run (`node bench/run.mjs --only map`). */
export function renderMapMarkdown(r) {
  const rows = r.budgets.map(
    (b) =>
      `| ${b.label} | ${shown(b)} | ${limit(b)} | ${b.ok === null ? 'not measured' : b.ok ? 'ok' : '**over**'} |`,
  )
  return [
    '# Map redraw',
    '',
    `${r.meta.date} · Node ${r.meta.node} · Chromium ${r.meta.chromium} · ${r.meta.cpus} CPUs · ${r.meta.seconds ?? '?'} s`,
    '',
    '| budget | measured | limit |  |',
    '| --- | ---: | ---: | --- |',
    ...rows,
    '',
    mapTable(r.map),
    '',
  ].join('\n')
}

export function renderMarkdown(r) {
  const lines = []
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`)
  lines.push(`# Benchmark results`, '')
  lines.push(
    `${r.meta.date} · Node ${r.meta.node} · Chromium ${r.meta.chromium} · ${r.meta.cpus} CPUs · ${r.meta.seconds ?? '?'} s · loads: median of ${r.meta.loads} · ${r.meta.changesPerControl} changes per control`,
    '',
  )
  lines.push('## Budgets (DESIGN §5)', '')
  row('budget', 'measured', 'limit', '')
  row('---', '---:', '---:', '---')
  for (const b of r.budgets)
    row(b.label, shown(b), limit(b), b.ok === null ? 'not measured' : b.ok ? 'ok' : '**over**')
  lines.push('', '## Measurements', '')
  row('metric', 'CPU ×1', 'CPU ×4')
  row('---', '---:', '---:')
  const a = r.loadCpu1 ?? {}
  const b = r.loadCpu4 ?? {}
  row('FCP (median)', ms(a.fcp), ms(b.fcp))
  row('LCP (median)', ms(a.lcp), ms(b.lcp))
  row(
    'CLS (median / worst)',
    `${num(a.cls)} / ${num(a.clsMax)}`,
    `${num(b.cls)} / ${num(b.clsMax)}`,
  )
  row(
    '`chart-ready` mark',
    a.chartReady == null ? 'not set' : ms(a.chartReady),
    b.chartReady == null ? 'not set' : ms(b.chartReady),
  )
  row('first chart visible', ms(a.chartVisible), ms(b.chartVisible))
  row('first table visible', ms(a.tableVisible), ms(b.tableVisible))
  row('DOM nodes (default view)', num(a.domNodes), num(b.domNodes))
  lines.push('')
  row('JS', 'raw', 'gzip')
  row('---', '---:', '---:')
  row(`entry \`${r.bundle.entry?.file}\``, kb(r.bundle.entry?.raw), kb(r.bundle.entry?.gzip))
  row(
    `initial (entry + ${r.bundle.initial.files.length - 1} modulepreload)`,
    kb(r.bundle.initial.raw),
    kb(r.bundle.initial.gzip),
  )
  row(`total (${r.bundle.total.count} chunks)`, kb(r.bundle.total.raw), kb(r.bundle.total.gzip))
  for (const c of r.bundle.chunks) row(`· \`${c.file}\``, kb(c.raw), kb(c.gzip))
  lines.push('')
  row(
    'filter change',
    'visible panels updated p50',
    'p95',
    'max',
    'all panels, below the fold too: p50',
    'p95',
    'n',
  )
  row('---', '---:', '---:', '---:', '---:', '---:', '---:')
  for (const [name, f] of Object.entries(r.filters ?? {}))
    if (f && typeof f === 'object' && 'p50' in f)
      row(
        name,
        ms(f.p50),
        ms(f.p95),
        ms(f.max),
        ms(f.allPanels?.p50),
        ms(f.allPanels?.p95),
        `${f.n}${f.timeouts ? ` (+${f.timeouts} timed out)` : ''}`,
      )
  if (r.scenes) {
    lines.push('')
    row('scene change → slide drawn (1280×720)', 'p50', 'p95', 'max', 'n')
    row('---', '---:', '---:', '---:', '---:')
    for (const [name, f] of [
      ['every change', r.scenes],
      [`first showing of each of ${r.scenes.slides} slides`, r.scenes.cold],
      ['shown before', r.scenes.warm],
    ])
      row(
        name,
        ms(f.p50),
        ms(f.p95),
        ms(f.max),
        `${f.n}${f.timeouts ? ` (+${f.timeouts} timed out)` : ''}`,
      )
  }
  lines.push('')
  row('interaction', 'frames', 'p50 frame', 'p95 frame', 'longest frame')
  row('---', '---:', '---:', '---:', '---:')
  if (r.slider?.skipped) row('weight slider drag', `skipped: ${r.slider.skipped}`, '', '', '')
  else if (r.slider)
    row(
      `weight slider drag (“${r.slider.slider}”)`,
      r.slider.frames,
      ms(r.slider.p50),
      ms(r.slider.p95),
      ms(r.slider.max),
    )
  if (r.tooltip)
    row(
      'tooltip sweep, first chart',
      r.tooltip.frames,
      ms(r.tooltip.p50),
      ms(r.tooltip.p95),
      ms(r.tooltip.max),
    )
  if (r.map) lines.push('', mapTable(r.map))
  if (r.scale) {
    const s = r.scale
    lines.push(
      '',
      `## Scale run: synthetic dataset over HTTP (${s.dataset.entities} entities × ${s.dataset.years} years × ${s.dataset.indicators} indicators, ${s.dataset.observations} observations, seeded)`,
      '',
    )
    row('metric', 'value')
    row('---', '---:')
    row('FCP / LCP (median of 3, CPU ×1)', `${ms(s.load.fcp)} / ${ms(s.load.lcp)}`)
    row('first chart visible', ms(s.load.chartVisible))
    row('CLS (worst)', num(s.load.clsMax))
    row('DOM nodes', num(s.load.domNodes))
    for (const [name, f] of Object.entries(s.filters))
      if (f && typeof f === 'object' && 'p50' in f)
        row(
          `${name} change p50 / p95 (visible; all panels)`,
          `${ms(f.p50)} / ${ms(f.p95)}; ${ms(f.allPanels?.p50)} / ${ms(f.allPanels?.p95)}${f.timeouts ? ` (${f.timeouts} timed out)` : ''}`,
        )
    row('HTTP build: initial JS gzip', kb(s.httpBundle.initial.gzip))
    row('HTTP build: msw bytes', num(s.mswBytesInHttpBuild))
  }
  if (r.lighthouse) {
    lines.push('', '## Lighthouse 12 (embedded build)', '')
    row('preset', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'CLS')
    row('---', '---:', '---:', '---:', '---:', '---:', '---:')
    for (const [preset, l] of Object.entries(r.lighthouse))
      row(
        preset,
        num(l.performance),
        num(l.accessibility),
        ms(l.fcp),
        ms(l.lcp),
        ms(l.tbt),
        num(l.cls),
      )
    const failed = [...new Set(Object.values(r.lighthouse).flatMap((l) => l.failedA11y))]
    if (failed.length) lines.push('', `Accessibility audits failed: ${failed.join(', ')}`)
  }
  const errors = [...new Set([...(r.loadCpu1?.errors ?? []), ...(r.filters?.errors ?? [])])]
  if (errors.length) lines.push('', `Page errors: ${errors.join('; ')}`)
  return `${lines.join('\n')}\n`
}
