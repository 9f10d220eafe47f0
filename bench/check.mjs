/**
 * `npm run bench:check`: reads bench/results.json (written by `npm run bench`) and exits 1 when
 * a budget of bench/budgets.json (docs/DESIGN.md §5) is exceeded or was not measured.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { evaluateBudgets } from './lib/report.mjs'

const file = (name) => fileURLToPath(new URL(name, import.meta.url))
if (!existsSync(file('results.json'))) {
  console.error('bench/results.json is missing: run `npm run bench` first.')
  process.exit(2)
}
const results = JSON.parse(readFileSync(file('results.json'), 'utf8'))
// Re-evaluated against the current budgets, so a tightened budget is checked without a re-run.
const rows = evaluateBudgets(results, JSON.parse(readFileSync(file('budgets.json'), 'utf8')))
let failed = 0
for (const b of rows) {
  const status = b.ok === null ? 'NOT MEASURED' : b.ok ? 'ok' : 'OVER'
  if (b.ok !== true) failed += 1
  const bound = b.max !== undefined ? `<= ${b.max}` : `>= ${b.min}`
  console.log(`${status.padEnd(12)} ${b.label}: ${b.value ?? '–'} ${b.unit} (${bound})`)
}
console.log(
  `bench:check: ${rows.length - failed} within budget, ${failed} over or missing (results of ${results.meta.date})`,
)
process.exit(failed > 0 ? 1 : 0)
