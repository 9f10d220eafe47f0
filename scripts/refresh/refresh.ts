/**
 * `npm run data:refresh`: fetch the publishers' newest vintages, build them beside the
 * committed data in a scratch copy (so a vintage that would not build is refused before
 * anything is written), report what each changes against the newest edition of its series,
 * and — unless it is a dry run — write each new vintage as a new folder of data/sources/refresh.
 * Everything is fetched before anything is written, so a network failure changes nothing.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildFixtureData, type FixtureData } from '../build-data'
import { readCsv } from '../data/csv'
import { OWID_SERIES } from '../data/owid-series'
import { REFRESH_DIR } from '../data/vintage-manifest'
import { vintageIndicators } from '../data/vintages'
import {
  owidCandidate,
  withDayId,
  worldBankCandidate,
  type Candidate,
  type Retrieval,
} from './candidates'
import { diffSeries, isUnchanged, seriesPoints } from './diff'
import { RefreshError, type FetchLike } from './http'
import { fetchOwidSeries } from './owid'
import { renderReport, type ReportContext, type VintageReport, type VintageStatus } from './report'
import { fetchWorldBankSeries, WDI_SERIES, type YearRange } from './world-bank'

export type Adapter = 'world-bank' | 'owid'
export const ADAPTERS: readonly Adapter[] = ['world-bank', 'owid']

/** The first year the supplied population.csv and gdp.csv cover: the WDI request starts there. */
export const FIRST_YEAR = 2010

export interface RefreshOptions {
  readonly fetch: FetchLike
  /** The raw data folder: data/sources, or a copy of it. */
  readonly dataDir: string
  readonly now: Date
  readonly dryRun: boolean
  readonly origin: Retrieval['origin']
  /** Where the answers come from, in words, for the report. */
  readonly from: string
  readonly adapters?: readonly Adapter[]
  /** The report (stdout). */
  readonly out: (text: string) => void
  /** Progress and errors (stderr). */
  readonly log: (line: string) => void
}

export interface RefreshOutcome {
  readonly exitCode: 0 | 1
  /** Edition ids of the vintages written. */
  readonly written: readonly string[]
  readonly report: string | null
}

async function fetchCandidates(o: RefreshOptions, countryIds: ReadonlySet<string>) {
  const adapters = o.adapters ?? ADAPTERS
  const retrieval: Retrieval = { retrievedAt: o.now.toISOString(), origin: o.origin }
  const years: YearRange = { from: FIRST_YEAR, to: o.now.getUTCFullYear() }
  const candidates: Candidate[] = []
  if (adapters.includes('world-bank')) {
    const fetched = []
    for (const spec of WDI_SERIES) {
      fetched.push({ spec, answer: await fetchWorldBankSeries(o.fetch, spec.series, years, o.log) })
    }
    candidates.push(worldBankCandidate(fetched, countryIds, retrieval))
  }
  if (adapters.includes('owid')) {
    const answers = []
    for (const series of OWID_SERIES) answers.push(await fetchOwidSeries(o.fetch, series, o.log))
    candidates.push(owidCandidate(answers, retrieval))
  }
  return candidates
}

/**
 * Writes a vintage folder under `dataDir`/refresh: into a hidden partial folder first, renamed
 * into place at the end, so a failure never leaves half a vintage for the build to read.
 */
function writeVintage(dataDir: string, candidate: Candidate, extra: ReadonlyMap<string, string>) {
  const id = candidate.manifest.edition.id
  const root = join(dataDir, REFRESH_DIR)
  const target = join(root, id)
  if (existsSync(target)) throw new RefreshError('format', `${REFRESH_DIR}/${id} exists already`)
  mkdirSync(root, { recursive: true })
  const partial = join(root, `.${id}.partial`)
  rmSync(partial, { recursive: true, force: true })
  mkdirSync(partial)
  try {
    for (const [file, text] of [...candidate.files, ...extra])
      writeFileSync(join(partial, file), text)
    renameSync(partial, target)
  } catch (error) {
    rmSync(partial, { recursive: true, force: true })
    throw error
  }
}

/** The newest edition (by publication date; undated counts as oldest) holding `indicatorId`. */
function newestHolding(data: FixtureData, indicatorId: string) {
  return [...data.editions]
    .sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0))
    .find((e) => seriesPoints(data, indicatorId, e.id).size > 0)
}

function statusOf(candidate: Candidate, before: FixtureData, after: FixtureData): VintageStatus {
  const { edition } = candidate.manifest
  if (before.editions.some((e) => e.id === edition.id)) return { kind: 'present' }
  const series = vintageIndicators(candidate.manifest)
  const olds = series.map((id) => newestHolding(before, id))
  const against = olds[0]
  if (against !== undefined && against.published >= edition.published) {
    return { kind: 'not-newer', against: against.id, published: against.published }
  }
  const diffs = series.map((indicatorId, i) => {
    const old = olds[i]?.id ?? '(none)'
    return diffSeries(
      indicatorId,
      { old, new: edition.id },
      seriesPoints(before, indicatorId, old),
      seriesPoints(after, indicatorId, edition.id),
    )
  })
  const againstId = against?.id ?? '(none)'
  return diffs.every(isUnchanged)
    ? { kind: 'unchanged', against: againstId }
    : { kind: 'new', against: againstId, series: diffs }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Fetch, stage, build and compare; nothing under `dataDir` is touched here. */
async function prepare(o: RefreshOptions) {
  const countries = readCsv(o.dataDir, 'countries.csv', ['iso3'])
  const countryIds = new Set(countries.rows.map((r) => r.iso3 ?? ''))
  const before = buildFixtureData(o.dataDir)
  const published = new Map<string, string>(before.editions.map((e) => [e.id, e.published]))
  // A second update within a month would take the month's id: it gets a day-precise one.
  const candidates = (await fetchCandidates(o, countryIds)).map((c) => {
    const taken = published.get(c.manifest.edition.id)
    return taken === undefined || taken === c.manifest.edition.published ? c : withDayId(c)
  })
  const known = new Set(published.keys())
  const scratch = mkdtempSync(join(tmpdir(), 'ai-monitor-refresh-'))
  try {
    const staged = join(scratch, 'sources')
    cpSync(o.dataDir, staged, { recursive: true })
    for (const c of candidates) {
      if (!known.has(c.manifest.edition.id)) writeVintage(staged, c, new Map())
    }
    let after: FixtureData
    try {
      after = buildFixtureData(staged)
    } catch (error) {
      throw new RefreshError('format', `the new vintage does not build: ${describe(error)}`)
    }
    const reports: VintageReport[] = candidates.map((c) => ({
      manifest: c.manifest,
      status: statusOf(c, before, after),
    }))
    const ctx: ReportContext = {
      retrievedAt: o.now.toISOString(),
      from: o.from,
      dryRun: o.dryRun,
      names: new Map(before.entities.map((e) => [e.id, e.name])),
      indicators: new Map(before.indicators.map((i) => [i.id, i.label])),
    }
    return { candidates, reports, ctx }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

export async function runRefresh(o: RefreshOptions): Promise<RefreshOutcome> {
  let prepared: Awaited<ReturnType<typeof prepare>>
  try {
    prepared = await prepare(o)
  } catch (error) {
    o.log(`data:refresh: ${describe(error)}`)
    o.log(`Nothing was written: ${o.dataDir} is as it was.`)
    return { exitCode: 1, written: [], report: null }
  }
  const { candidates, reports, ctx } = prepared
  const report = renderReport(reports, ctx)
  o.out(report)
  if (o.dryRun) return { exitCode: 0, written: [], report }
  const written: string[] = []
  try {
    candidates.forEach((candidate, i) => {
      const r = reports[i]
      if (r?.status.kind !== 'new') return
      writeVintage(o.dataDir, candidate, new Map([['diff.md', renderReport([r], ctx)]]))
      written.push(candidate.manifest.edition.id)
    })
  } catch (error) {
    o.log(`data:refresh: writing failed: ${describe(error)}`)
    o.log(`Written before the failure: ${written.length === 0 ? 'nothing' : written.join(', ')}.`)
    return { exitCode: 1, written, report }
  }
  o.log(
    written.length === 0
      ? 'Nothing new: no vintage written.'
      : `Written: ${written.map((id) => `${REFRESH_DIR}/${id}`).join(', ')} in ${o.dataDir}`,
  )
  return { exitCode: 0, written, report }
}
