/** Spearman rank correlation between the published ranks and the computed ones, on the overlap. */

export interface CrossCheck {
  /** Countries ranked by both. */
  readonly n: number
  /** null with fewer than 3 countries in common (too few to say anything). */
  readonly rho: number | null
  /** Countries whose place among the overlap is the same in both orders. */
  readonly samePlace: number
}

/** Ranks 1..n of the values, ascending (ties keep input order). */
function rerank(ids: readonly string[], value: (id: string) => number): Map<string, number> {
  return new Map([...ids].sort((a, b) => value(a) - value(b)).map((id, i) => [id, i + 1]))
}

/**
 * Both rank lists are re-ranked 1..n on the overlap first (the published list is a top N, the
 * computed one covers other countries), then rho = 1 − 6 Σd² / (n (n² − 1)).
 */
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

/** One line for economists: how far the computed order agrees with the published one. */
export function crossCheckReading(
  check: CrossCheck,
  { label, topN }: { readonly label: string; readonly topN: number },
): string {
  if (check.n === 0)
    return `None of the published top ${topN} (${label}) is ranked here: nothing to compare.`
  if (check.rho === null)
    return `Only ${check.n === 1 ? 'one' : 'two'} of the countries in the published top ${topN} (${label}) ${check.n === 1 ? 'is' : 'are'} ranked by the index here: too few to compare (a rank correlation needs three).`
  const rho = check.rho.toFixed(2)
  const strength =
    check.rho >= 0.7 ? 'a close match' : check.rho >= 0.4 ? 'a loose match' : 'little agreement'
  return `Against ${label}: Spearman ρ = ${rho} on the ${check.n} countries ranked by both (${strength}); the computed index agrees with the published top ${topN} on ${check.samePlace} of ${check.n} places.`
}
