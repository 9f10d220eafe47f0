/**
 * The `npm run data:refresh` command line. Options:
 *   --dry-run          print the diff report, write nothing
 *   --recorded <dir>   answer from recorded responses (scripts/refresh/fixtures) instead of the
 *                      publishers, through msw; only with --dry-run or --data-dir, so a
 *                      recording never lands in data/sources
 *   --data-dir <dir>   refresh a copy of the raw data instead of data/sources
 *   --only <adapter>   world-bank or owid (default both)
 * After a real refresh of data/sources it runs `npm run data` to regenerate the fixtures and
 * the edition list. Exit code 0 when done (or nothing new), 1 on any failure.
 */
import { spawnSync } from 'node:child_process'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { setupServer } from 'msw/node'
import { SOURCES_DIR } from '../build-data'
import { recordedHandlers } from './recorded'
import { ADAPTERS, runRefresh, type Adapter } from './refresh'

export interface Cli {
  readonly dryRun: boolean
  readonly recorded: string | null
  readonly dataDir: string
  readonly adapters: readonly Adapter[]
}

const isAdapter = (name: string): name is Adapter => (ADAPTERS as readonly string[]).includes(name)

/** The options, or the reason they will not do. */
export function parseCli(args: readonly string[], cwd: string): Cli | string {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...args],
      options: {
        'dry-run': { type: 'boolean', default: false },
        recorded: { type: 'string' },
        'data-dir': { type: 'string' },
        only: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  const only = values.only
  if (only !== undefined && !isAdapter(only)) return `--only takes ${ADAPTERS.join(' or ')}`
  const dataDir = values['data-dir'] === undefined ? SOURCES_DIR : resolve(cwd, values['data-dir'])
  const recorded = values.recorded === undefined ? null : resolve(cwd, values.recorded)
  if (recorded !== null && !values['dry-run'] && dataDir === SOURCES_DIR) {
    return '--recorded answers from test recordings: use it with --dry-run, or with --data-dir on a copy of data/sources (recordings are not sourced data)'
  }
  return { dryRun: values['dry-run'], recorded, dataDir, adapters: only ? [only] : ADAPTERS }
}

async function main(): Promise<number> {
  const cli = parseCli(process.argv.slice(2), process.cwd())
  if (typeof cli === 'string') {
    console.error(`data:refresh: ${cli}`)
    return 1
  }
  const server = cli.recorded === null ? null : setupServer(...recordedHandlers(cli.recorded))
  // Anything the recordings do not answer fails instead of reaching the network.
  server?.listen({ onUnhandledRequest: 'error' })
  try {
    const outcome = await runRefresh({
      fetch: (url, init) => fetch(url, init),
      dataDir: cli.dataDir,
      now: new Date(),
      dryRun: cli.dryRun,
      origin: cli.recorded === null ? 'live' : 'recorded',
      from:
        cli.recorded === null
          ? "the publishers' live APIs"
          : `the recorded responses in ${relative(process.cwd(), cli.recorded) || '.'} (not the live APIs)`,
      adapters: cli.adapters,
      out: (text) => process.stdout.write(text),
      log: (line) => console.error(line),
    })
    if (outcome.exitCode !== 0 || outcome.written.length === 0) return outcome.exitCode
    if (cli.dataDir !== SOURCES_DIR) {
      console.error(`Fixtures not regenerated (${cli.dataDir} is not data/sources).`)
      return 0
    }
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
    const build = spawnSync('npm', ['run', 'data'], { cwd: root, stdio: 'inherit' })
    if (build.status !== 0) return 1
    console.error(
      'Review each data/sources/refresh/<edition>/diff.md, run the tests, then commit the folder, mocks/data and src/domain/refreshed-editions.ts together.',
    )
    return 0
  } finally {
    server?.close()
  }
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = await main()
}
