/**
 * What a new vintage changes in a series, against the newest edition of the same series
 * already in the data: years and entities added or dropped, figures revised (old → new),
 * figures withdrawn (a value became no data) and gaps filled. Figures are compared as the app
 * serves them (the built fixtures), exactly: no tolerance, so any revision shows.
 */
import type { FixtureData } from '../build-data'
import { compare } from '../data/csv'

/** A series' figures by entity and year; a gap (null or no row) is simply absent. */
export type Points = ReadonlyMap<string, ReadonlyMap<number, number>>

export interface PointChange {
  readonly entityId: string
  readonly year: number
  readonly old: number | null
  readonly new: number | null
}

export interface SeriesDiff {
  readonly indicatorId: string
  readonly oldEdition: string
  readonly newEdition: string
  /** Years with at least one figure, ascending. */
  readonly oldYears: readonly number[]
  readonly newYears: readonly number[]
  readonly yearsAdded: readonly number[]
  readonly yearsDropped: readonly number[]
  readonly oldEntities: number
  readonly newEntities: number
  readonly entitiesAdded: readonly string[]
  readonly entitiesDropped: readonly string[]
  readonly oldFigures: number
  readonly newFigures: number
  /** Figures of entities in both, in years in both: changed, gone, or new. */
  readonly revised: readonly PointChange[]
  readonly withdrawn: readonly PointChange[]
  readonly filled: readonly PointChange[]
  /** Figures the new vintage adds in added years, and for added entities. */
  readonly figuresInAddedYears: number
  readonly figuresOfAddedEntities: number
}

/** One edition of one indicator from the built fixtures, reference series included. */
export function seriesPoints(data: FixtureData, indicatorId: string, edition: string): Points {
  const points = new Map<string, Map<number, number>>()
  const put = (entityId: string, year: number, value: number | null) => {
    if (value === null) return
    const years = points.get(entityId) ?? new Map<number, number>()
    years.set(year, value)
    points.set(entityId, years)
  }
  for (const s of data.referenceSeries) {
    if (s.indicatorId !== indicatorId || s.edition !== edition) continue
    for (const [entityId, values] of Object.entries(s.values)) {
      values.forEach((value, i) => put(entityId, s.startYear + i, value))
    }
  }
  for (const o of data.observations) {
    if (o.indicatorId === indicatorId && o.edition === edition) put(o.entityId, o.year, o.value)
  }
  return points
}

const yearsOf = (points: Points) =>
  [...new Set([...points.values()].flatMap((years) => [...years.keys()]))].sort((a, b) => a - b)
const figuresOf = (points: Points) => [...points.values()].reduce((n, years) => n + years.size, 0)
const minus = <T>(a: readonly T[], b: ReadonlySet<T>) => a.filter((x) => !b.has(x))

export function diffSeries(
  indicatorId: string,
  editions: { readonly old: string; readonly new: string },
  old: Points,
  next: Points,
): SeriesDiff {
  const oldYears = yearsOf(old)
  const newYears = yearsOf(next)
  const oldIds = [...old.keys()].sort(compare)
  const newIds = [...next.keys()].sort(compare)
  const commonYears = new Set(oldYears.filter((y) => newYears.includes(y)))
  const entitiesAdded = minus(newIds, new Set(oldIds))
  const yearsAdded = minus(newYears, new Set(oldYears))
  const revised: PointChange[] = []
  const withdrawn: PointChange[] = []
  const filled: PointChange[] = []
  let figuresInAddedYears = 0
  for (const entityId of newIds.filter((id) => old.has(id))) {
    const before = old.get(entityId) ?? new Map<number, number>()
    const after = next.get(entityId) ?? new Map<number, number>()
    for (const year of [...commonYears]) {
      const a = before.get(year) ?? null
      const b = after.get(year) ?? null
      if (a !== null && b !== null && a !== b) revised.push({ entityId, year, old: a, new: b })
      if (a !== null && b === null) withdrawn.push({ entityId, year, old: a, new: null })
      if (a === null && b !== null) filled.push({ entityId, year, old: null, new: b })
    }
    for (const year of yearsAdded) if (after.has(year)) figuresInAddedYears++
  }
  return {
    indicatorId,
    oldEdition: editions.old,
    newEdition: editions.new,
    oldYears,
    newYears,
    yearsAdded,
    yearsDropped: minus(oldYears, new Set(newYears)),
    oldEntities: oldIds.length,
    newEntities: newIds.length,
    entitiesAdded,
    entitiesDropped: minus(oldIds, new Set(newIds)),
    oldFigures: figuresOf(old),
    newFigures: figuresOf(next),
    revised,
    withdrawn,
    filled,
    figuresInAddedYears,
    figuresOfAddedEntities: entitiesAdded.reduce((n, id) => n + (next.get(id)?.size ?? 0), 0),
  }
}

/** True when the new vintage serves exactly the figures of the old edition. */
export function isUnchanged(d: SeriesDiff): boolean {
  return (
    d.yearsAdded.length === 0 &&
    d.yearsDropped.length === 0 &&
    d.entitiesAdded.length === 0 &&
    d.entitiesDropped.length === 0 &&
    d.revised.length === 0 &&
    d.withdrawn.length === 0 &&
    d.filled.length === 0
  )
}
