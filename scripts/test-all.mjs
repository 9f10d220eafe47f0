/**
 * `npm test`: every gate in one go — typecheck, ESLint, Prettier, Vitest (unit, component,
 * contract, fixtures), then the Playwright suite in Chromium. Runs them all even when one fails,
 * then prints one plain summary line "N passed, N failed" totalled over all levels.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const results = []
const started = Date.now()

function run(name, command, args, env = {}) {
  const t0 = Date.now()
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`)
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const ok = r.status === 0
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  return ok
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
  } catch {
    return null
  }
}

mkdirSync('test-results', { recursive: true })

for (const [name, args] of [
  ['typecheck', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0']],
  ['format', ['node_modules/prettier/bin/prettier.cjs', '--check', '.', '--log-level', 'warn']],
]) {
  const ok = run(name, 'node', args)
  results.push({ level: name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 })
}

const vitestReport = 'test-results/vitest-report.json'
rmSync(vitestReport, { force: true })
const vitestOk = run('vitest', 'node', [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestReport}`,
])
const vitest = readJson(vitestReport)
results.push({
  level: 'vitest',
  passed: vitest?.numPassedTests ?? 0,
  failed: vitest ? vitest.numFailedTests + (vitestOk ? 0 : vitest.numFailedTests === 0 ? 1 : 0) : 1,
})

const e2eReport = 'test-results/e2e-report.json'
rmSync(e2eReport, { force: true })
const e2eOk = run('e2e', 'node', ['tests/e2e/run.mjs'])
const e2e = readJson(e2eReport)
const e2ePassed = e2e ? (e2e.stats?.expected ?? 0) + (e2e.stats?.flaky ?? 0) : 0
const e2eFailed = e2e ? (e2e.stats?.unexpected ?? 0) : 1
results.push({
  level: 'e2e',
  passed: e2ePassed,
  failed: e2eFailed + (e2eOk || e2eFailed > 0 ? 0 : 1),
})

console.log('\n=== Summary')
for (const r of results) console.log(`${r.level.padEnd(10)} ${r.passed} passed, ${r.failed} failed`)
const passed = results.reduce((s, r) => s + r.passed, 0)
const failed = results.reduce((s, r) => s + r.failed, 0)
console.log(`wall time ${((Date.now() - started) / 1000).toFixed(0)} s`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
