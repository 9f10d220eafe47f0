// @vitest-environment node
/**
 * The vintages of data/sources/refresh as the build reads them: the committed ones are live
 * fetches listed in the generated edition list, and a folder that is not a valid vintage
 * stops the build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EDITION_IDS } from '../../src/domain/editions'
import { REFRESHED_EDITIONS } from '../../src/domain/refreshed-editions'
import { buildFixtureData, SOURCES_DIR } from '../build-data'
import { readVintages } from './vintage-manifest'
import { vintageEditionEntry } from './vintages'

describe('the committed vintages', () => {
  const vintages = readVintages(SOURCES_DIR)

  it('are live fetches, never the test recordings', () => {
    for (const v of vintages) expect(v.manifest.origin, v.path).toBe('live')
  })

  it('are the entries the edition list spreads in, so the contract knows their ids', () => {
    expect(REFRESHED_EDITIONS).toEqual(vintages.map(vintageEditionEntry))
    const served = new Set<string>(EDITION_IDS)
    for (const e of buildFixtureData(SOURCES_DIR).editions)
      expect(served.has(e.id), e.id).toBe(true)
  })
})

describe('readVintages', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vintages-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const EDITION = {
    id: 'wdi-2025-07',
    kind: 'reference',
    year: 2025,
    label: 'x',
    published: '2025-07-01',
  }
  const folder = (name: string, manifest: unknown) => {
    mkdirSync(join(dir, 'refresh', name), { recursive: true })
    writeFileSync(join(dir, 'refresh', name, 'manifest.json'), JSON.stringify(manifest))
  }

  it('has none when there is no refresh folder, and skips partial (hidden) folders', () => {
    expect(readVintages(dir)).toEqual([])
    mkdirSync(join(dir, 'refresh', '.wdi-2025-07.partial'), { recursive: true })
    expect(readVintages(dir)).toEqual([])
  })

  it('refuses a manifest that does not say where its data came from', () => {
    folder('wdi-2025-07', {
      edition: EDITION,
      adapter: 'world-bank',
      files: [],
    })
    expect(() => readVintages(dir)).toThrow(/refresh\/wdi-2025-07\/manifest\.json: .*publisher/s)
  })

  it('refuses a folder not named after its edition (a vintage is never renamed or merged)', () => {
    folder('wdi-2025-12', {
      edition: EDITION,
      publisher: 'World Bank',
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      retrievedAt: '2026-12-03T09:30:00.000Z',
      origin: 'live',
      adapter: 'world-bank',
      files: [],
    })
    expect(() => readVintages(dir)).toThrow(
      'refresh/wdi-2025-12/manifest.json: edition wdi-2025-07 in folder wdi-2025-12',
    )
  })
})
