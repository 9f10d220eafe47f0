/**
 * Output per dollar (the DeepSeek question): cumulative notable models against cumulative
 * private AI investment, for countries with both. A ratio computed here; it leaves out state
 * funding, big-tech internal spending, compute and open weights — the UI says so.
 */
import type { Observation } from '../../../api/schemas'

export interface OutputPoint {
  readonly entityId: string
  /** Cumulative private investment, US$ bn. */
  readonly investment: number
  /** Cumulative notable models. */
  readonly models: number
  /** Models per US$10bn invested; null when the investment is zero. */
  readonly modelsPer10bn: number | null
}

/** Models per US$10bn; null for missing inputs or no investment (never a division by zero). */
export function modelsPer10bn(models: number | null, investmentBn: number | null): number | null {
  if (
    models === null ||
    investmentBn === null ||
    !Number.isFinite(models) ||
    !Number.isFinite(investmentBn) ||
    models < 0 ||
    investmentBn <= 0
  )
    return null
  const ratio = (models / investmentBn) * 10
  // A denormal investment can overflow the ratio: that is no figure, not Infinity.
  return Number.isFinite(ratio) ? ratio : null
}

function latestByEntity(list: readonly Observation[], include: (id: string) => boolean) {
  const map = new Map<string, Observation & { value: number }>()
  for (const o of list) {
    if (o.value === null || !include(o.entityId)) continue
    const prev = map.get(o.entityId)
    if (!prev || o.year > prev.year) map.set(o.entityId, { ...o, value: o.value })
  }
  return map
}

/** One point per country that has both cumulative series (latest period of each), by investment. */
export function outputPoints(
  investment: readonly Observation[],
  models: readonly Observation[],
  include: (entityId: string) => boolean,
): OutputPoint[] {
  const inv = latestByEntity(investment, include)
  const mod = latestByEntity(models, include)
  const points: OutputPoint[] = []
  for (const [entityId, i] of inv) {
    const m = mod.get(entityId)
    if (!m) continue
    points.push({
      entityId,
      investment: i.value,
      models: m.value,
      modelsPer10bn: modelsPer10bn(m.value, i.value),
    })
  }
  return points.sort((a, b) => b.investment - a.investment || a.entityId.localeCompare(b.entityId))
}

/** The period a cumulative series covers, as published ("2013–2025"), or null if it varies. */
export function periodOf(observations: readonly Observation[]): string | null {
  const periods = new Set(
    observations.filter((o) => o.value !== null).map((o) => o.period ?? String(o.year)),
  )
  if (periods.size !== 1) return null
  const [only] = periods
  return only ? only.replace('-', '–') : null
}
