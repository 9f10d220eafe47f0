// @vitest-environment node
/**
 * The command line: its options, the guard that keeps recordings out of data/sources, and
 * the exit code of a real process that fails (answered by an empty set of recordings, so no
 * request leaves the machine).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SOURCES_DIR } from '../build-data'
import { parseCli } from './main'
import { fingerprint, scratchData } from './test-helpers'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

describe('parseCli', () => {
  it('refreshes data/sources from the live APIs by default', () => {
    expect(parseCli([], ROOT)).toEqual({
      dryRun: false,
      recorded: null,
      dataDir: SOURCES_DIR,
      adapters: ['world-bank', 'owid'],
    })
  })

  it('takes a dry run on recordings, a data folder and one adapter', () => {
    expect(
      parseCli(['--dry-run', '--recorded', 'scripts/refresh/fixtures', '--only', 'owid'], ROOT),
    ).toEqual({
      dryRun: true,
      recorded: join(ROOT, 'scripts/refresh/fixtures'),
      dataDir: SOURCES_DIR,
      adapters: ['owid'],
    })
    expect(parseCli(['--recorded', 'r', '--data-dir', '/tmp/copy'], ROOT)).toMatchObject({
      dryRun: false,
      dataDir: '/tmp/copy',
    })
  })

  it('never writes recordings into data/sources, and names what it does not know', () => {
    expect(parseCli(['--recorded', 'scripts/refresh/fixtures'], ROOT)).toMatch(
      /^--recorded answers from test recordings: use it with --dry-run, or with --data-dir/,
    )
    expect(parseCli(['--only', 'imf'], ROOT)).toBe('--only takes world-bank or owid')
    expect(parseCli(['--force'], ROOT)).toMatch(/Unknown option '--force'/)
  })
})

describe('the process', () => {
  it('exits 1 with a clear message and writes nothing when the answers will not do', () => {
    const data = scratchData()
    const empty = mkdtempSync(join(tmpdir(), 'no-recordings-'))
    try {
      const before = fingerprint(data.dir)
      const run = spawnSync(
        join(ROOT, 'node_modules/.bin/tsx'),
        ['scripts/refresh/main.ts', '--recorded', empty, '--data-dir', data.dir],
        { cwd: ROOT, encoding: 'utf8' },
      )
      expect(run.status).toBe(1)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain(
        'data:refresh: the World Bank refused https://api.worldbank.org/v2/country/all/indicator/SP.POP.TOTL?format=json',
      )
      expect(run.stderr).toContain(`Nothing was written: ${data.dir} is as it was.`)
      expect(fingerprint(data.dir)).toEqual(before)
    } finally {
      data.dispose()
      rmSync(empty, { recursive: true, force: true })
    }
  })
})
