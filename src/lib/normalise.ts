/**
 * Normalisations shared by the panels (docs/DESIGN.md §4): per capita with World Bank population,
 * share of GDP with current-US$ GDP of the same year, share of world. A missing input gives
 * null ("no data") — never a division by zero, never a zero.
 */

function usable(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x)
}

/** US$ billions per person → US$ per person. */
export function perCapitaUsd(
  billions: number | null | undefined,
  population: number | null | undefined,
): number | null {
  if (!usable(billions) || !usable(population) || population <= 0) return null
  return (billions * 1e9) / population
}

/** A count per million inhabitants. */
export function perMillion(
  count: number | null | undefined,
  population: number | null | undefined,
): number | null {
  if (!usable(count) || !usable(population) || population <= 0) return null
  return (count * 1e6) / population
}

/** US$ billions as a percentage of GDP given in US$. */
export function shareOfGdpPercent(
  billions: number | null | undefined,
  gdpUsd: number | null | undefined,
): number | null {
  if (!usable(billions) || !usable(gdpUsd) || gdpUsd <= 0) return null
  return ((billions * 1e9) / gdpUsd) * 100
}

/** A part as a percentage of the world total. */
export function shareOfWorldPercent(
  part: number | null | undefined,
  world: number | null | undefined,
): number | null {
  if (!usable(part) || !usable(world) || world <= 0) return null
  return (part / world) * 100
}
