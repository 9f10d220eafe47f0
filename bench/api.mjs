/**
 * `npm run bench:api`: load on the real API server (`npm run api`, started here on 127.0.0.1
 * with a free port) with autocannon, in bounded runs: req/s and p50 / p99 latency for /meta, a
 * typical /indicators query and the worst query the response cap lets through, at 10 and 100
 * connections, and /vibrancy while the worst query runs at 100 connections (that load comes
 * from a second process, so the probe's own client is not starved by it). Checks the budgets of
 * DESIGN §5 as raised by issue 18, prints PASS / FAIL per budget, and writes
 * bench/api-results.md and bench/api-results.json. A measurement, not a test: never in `npm test`.
 *
 * Env: BENCH_API_SECONDS (5) per run. Exits 1 when a budget fails.
 */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { format } from 'prettier'

const root = fileURLToPath(new URL('..', import.meta.url))
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 5)
/** The response cap of mocks/service/repository.ts (MAX_OBSERVATIONS). */
const CAP = 10_000
const log = (msg) => console.log(`[bench:api] ${msg}`)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * One bounded autocannon run in this process. `distinct`: every request gets its own query
 * string (`&n=1`, `&n=2`…, a parameter the handlers ignore), so none is answered from the cache.
 */
async function run(url, connections, seconds = SECONDS, distinct = false) {
  let n = 0
  const requests = distinct
    ? [{ setupRequest: (request) => ({ ...request, path: `${request.path}&n=${++n}` }) }]
    : undefined
  const r = await autocannon({ url, connections, duration: seconds, requests })
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    requests: r.requests.total,
    mbPerSecond: Math.round((r.throughput.average / 1e6) * 10) / 10,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  }
}

// Child mode: `node bench/api.mjs --load URL CONNECTIONS SECONDS same|distinct` runs one load and
// prints its summary as JSON (background load from its own process and event loop).
if (process.argv[2] === '--load') {
  const [url, connections, seconds, mode] = process.argv.slice(3)
  const summary = await run(url, Number(connections), Number(seconds), mode === 'distinct')
  process.stdout.write(JSON.stringify(summary))
  process.exit(0)
}

/** Runs `run` in a child process of this script; resolves its summary. */
function runInChild(url, connections, seconds, distinct) {
  const args = ['--load', url, String(connections), String(seconds), distinct ? 'distinct' : 'same']
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (chunk) => (out += String(chunk)))
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`the load process exited ${code}`)),
    ),
  )
}

/** Starts `npm run api`'s entry point on a free port; resolves { origin, stop }. */
function startServer(env = {}) {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'mocks/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const early = (code) => reject(new Error(`the API server exited (${code}) before listening`))
    child.once('exit', early)
    child.stdout.on('data', (chunk) => {
      out += String(chunk)
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)
      if (!match) return
      child.off('exit', early)
      const stop = () =>
        new Promise((done) => {
          child.once('exit', done)
          child.kill('SIGTERM')
        })
      resolve({ api: `http://127.0.0.1:${match[1]}/api/v1`, stop })
    })
  })
}

async function answer(url) {
  const response = await fetch(url)
  return { status: response.status, bytes: (await response.arrayBuffer()).byteLength }
}

/** The queries measured, from the server's own /meta. */
async function queries(api) {
  const meta = await (await fetch(`${api}/meta`)).json()
  const europe = meta.groups.find((g) => g.id === 'europe')
  // The worst query the cap lets through: the longest range the API accepts (1990–2100, 111
  // years) over as many entities as fit, computed groups first (each of their observations is
  // an aggregate over the members, carrying the members' coverage).
  const years = 2100 - 1990 + 1
  const ids = [...meta.groups.map((g) => g.id), ...meta.entities.map((e) => e.id)]
  const worstIds = ids.slice(0, Math.floor(CAP / years))
  const range = '/indicators/private-investment?from=1990&to=2100&entities='
  return {
    meta: { path: '/meta', about: '`/meta`' },
    typical: {
      path: `/indicators/private-investment?edition=aiindex-2026&entities=${['europe', ...europe.members].join(',')}`,
      about: `private investment, AI Index 2026, Europe and its ${europe.members.length} members`,
    },
    worst: {
      path: `${range}${worstIds.join(',')}`,
      about: `private investment, ${worstIds.length} entities (every computed group first) × ${years} years (1990–2100): the largest query under the cap of ${CAP.toLocaleString('en-US')} observations`,
    },
    overCap: {
      path: `${range}${ids.join(',')}`,
      about: `all ${ids.length} entities × ${years} years`,
    },
  }
}

// The 1-minute load average before and after: other work on this machine skews the figures.
const loadBefore = loadavg()[0] ?? 0
const server = await startServer()
const uncached = await startServer({ API_CACHE_BYTES: '0' })
const runs = []
const record = (name, connections, cache, r) => {
  log(`${name} @${connections} (cache ${cache}): ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`)
  runs.push({ name, connections, cache, ...r })
}
let q
try {
  q = await queries(server.api)
  for (const key of ['typical', 'worst', 'overCap'])
    Object.assign(q[key], await answer(`${server.api}${q[key].path}`))
  if (q.typical.status !== 200 || q.worst.status !== 200 || q.overCap.status !== 400)
    throw new Error(
      `unexpected answers: typical ${q.typical.status}, worst ${q.worst.status}, over the cap ${q.overCap.status}`,
    )

  for (const name of ['meta', 'typical', 'worst']) {
    const url = `${server.api}${q[name].path}`
    await run(url, 10, 1) // warm-up: JIT, and the answer cache
    for (const connections of [10, 100])
      record(name, connections, 'on', await run(url, connections))
  }

  const vibrancy = `${server.api}/vibrancy`
  await run(vibrancy, 10, 1)
  record('vibrancy', 10, 'on', await run(vibrancy, 10))
  // The probe under background load from another process, started first and lasting longer,
  // so the probe runs entirely under it: the worst query as such, then with a distinct query
  // string per request (every one a miss the handlers must build; not a budget).
  for (const distinct of [false, true]) {
    const load = runInChild(`${server.api}${q.worst.path}`, 100, SECONDS + 2, distinct)
    await sleep(1000)
    const probe = await run(vibrancy, 10)
    const background = await load
    const what = distinct ? 'distinct worst' : 'worst'
    record(`vibrancy, ${what} @100 running`, 10, 'on', probe)
    record(`${what} (the background load)`, 100, distinct ? 'miss' : 'on', background)
  }

  // The server with its answer cache off: the handlers build every answer (concurrent equal
  // requests still share one build). Not a budget: what the cache saves.
  for (const name of ['meta', 'typical', 'worst']) {
    const url = `${uncached.api}${q[name].path}`
    await run(url, 10, 1)
    record(name, 10, 'off', await run(url, 10))
  }
} finally {
  await Promise.all([server.stop(), uncached.stop()])
}

function round1(x) {
  return Math.round(x * 10) / 10
}

const find = (name, connections) =>
  runs.find((r) => r.name === name && r.connections === connections && r.cache === 'on')
const budgets = [
  ['/meta req/s at 10 connections', find('meta', 10).rps, { min: 2000 }, 'req/s'],
  ['/meta p99 at 10 connections', find('meta', 10).p99, { max: 50 }, 'ms'],
  ['typical /indicators p99 at 10 connections', find('typical', 10).p99, { max: 100 }, 'ms'],
  [
    '/vibrancy p99 while the worst capped query runs at 100 connections',
    find('vibrancy, worst @100 running', 10).p99,
    { max: 100 },
    'ms',
  ],
  [
    'runs with errors, timeouts or non-2xx answers',
    runs.filter((r) => r.errors > 0 || r.non2xx > 0).length,
    { max: 0 },
    '',
  ],
].map(([label, value, { min, max }, unit]) => ({
  label,
  value,
  unit,
  limit: min !== undefined ? `≥ ${min}` : `≤ ${max}`,
  pass: min !== undefined ? value >= min : value <= max,
}))

const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  loadAverage: { before: round1(loadBefore), after: round1(loadavg()[0] ?? 0) },
}
const result = {
  date: new Date().toISOString(),
  machine,
  secondsPerRun: SECONDS,
  queries: q,
  runs,
  budgets,
}
writeFileSync(new URL('api-results.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`)
writeFileSync(
  new URL('api-results.md', import.meta.url),
  await format(markdown(result), { parser: 'markdown' }),
)
console.log(`\n${runTable(runs)}\n`)
for (const b of budgets)
  console.log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.label}: ${b.value} ${b.unit} (${b.limit})`)
process.exitCode = budgets.every((b) => b.pass) ? 0 : 1

function runTable(rows) {
  return [
    '| run | connections | cache | req/s | p50 ms | p99 ms | max ms | MB/s | errors | non-2xx |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.connections} | ${r.cache} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.max} | ${r.mbPerSecond} | ${r.errors} | ${r.non2xx} |`,
    ),
  ].join('\n')
}

function markdown({ date, machine: m, secondsPerRun, queries: qs, runs: rows, budgets: bs }) {
  return [
    '# API server benchmark (`npm run bench:api`)',
    '',
    `${date}; ${m.cpus} × ${m.cpu}, Node ${m.node}; 1-minute load average ${m.loadAverage.before} before the runs (${m.loadAverage.after} after, their own load included). autocannon, ${secondsPerRun} s per run, the server (\`npm run api\`) and the load on this machine over 127.0.0.1, identity coding (autocannon sends no Accept-Encoding).`,
    '',
    `- **meta**: ${qs.meta.about}`,
    `- **typical**: ${qs.typical.about} (${qs.typical.bytes} B)`,
    `- **worst**: ${qs.worst.about} (${qs.worst.bytes} B); ${qs.overCap.about} is refused with ${qs.overCap.status}`,
    '- **vibrancy, … running**: `/vibrancy` at 10 connections while another process sends the worst query at 100 connections; "distinct worst" adds a different ignored parameter to every request, so each is a cache miss (not a budget)',
    '- **cache off**: the same server with `API_CACHE_BYTES=0`, the handlers building every answer; concurrent equal requests still share one build (not a budget)',
    '',
    runTable(rows),
    '',
    '## Budgets (DESIGN §5 as raised by issue 18)',
    '',
    '| budget | measured | limit | result |',
    '| --- | ---: | ---: | --- |',
    ...bs.map(
      (b) => `| ${b.label} | ${b.value} ${b.unit} | ${b.limit} | ${b.pass ? 'PASS' : 'FAIL'} |`,
    ),
    '',
  ].join('\n')
}
