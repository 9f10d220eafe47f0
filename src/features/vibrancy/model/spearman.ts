/** Spearman rank correlation between the published ranks and the computed ones, on the overlap. */

export interface CrossCheck {
  /** Countries ranked by both. */
  readonly n: number
  /** null with fewer than 3 countries in common (too few to say anything). */
  readonly rho: number | null
  /** Places (published rank) where the computed order among the overlap agrees. */
  readonly samePlace: number
}

/** Ranks 1..n of the values, by ascending order of `value` (ties keep input order). */
function rerank(ids: readonly string[], value: (id: string) => number): Map<string, number> {
  return new Map([...ids].sort((a, b) => value(a) - value(b)).map((id, i) => [id, i + 1]))
}

export function spearman(
  published: ReadonlyMap<string, number>,
  computed: ReadonlyMap<string, number>,
): CrossCheck {
  const common = [...published.keys()].filter((id) => computed.has(id))
  const n = common.length
  const p = rerank(common, (id) => published.get(id) ?? 0)
  const c = rerank(common, (id) => computed.get(id) ?? 0)
  let d2 = 0
  let samePlace = 0
  for (const id of common) {
    const d = (p.get(id) ?? 0) - (c.get(id) ?? 0)
    d2 += d * d
    if (d === 0) samePlace += 1
  }
  return { n, rho: n >= 3 ? 1 - (6 * d2) / (n * (n * n - 1)) : null, samePlace }
}
