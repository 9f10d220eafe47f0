/**
 * Benchmark of the index builder: a seeded synthetic dataset (countries × indicators in two
 * pillars, ~15% missing) and timings of one slider move (re-score + re-rank of prepared data)
 * and of the robustness Monte Carlo. Run: `npx tsx src/features/vibrancy/bench/run-index-bench.ts`.
 */
import { prepareIndex, scorePrepared, type IndexSpec, type RawValues } from './composite-index'
import { mulberry32 } from './prng'
import { ROBUSTNESS_DRAWS, rankRanges } from './robustness'

/** A seeded dataset: log-normal-ish magnitudes (as money and counts are), some gaps. */
export function syntheticIndex(seed: number, countries: number, indicators: number) {
  const random = mulberry32(seed)
  const spec: IndexSpec = {
    pillars: [
      { id: 'economy', label: 'Economy' },
      { id: 'research', label: 'R&D' },
    ],
    indicators: Array.from({ length: indicators }, (_, j) => ({
      id: `i${j}`,
      pillar: j % 2 === 0 ? 'economy' : 'research',
      label: `Indicator ${j}`,
    })),
  }
  const ids = Array.from({ length: countries }, (_, c) => `C${String(c).padStart(3, '0')}`)
  const raw: RawValues = new Map(
    spec.indicators.map((ind) => [
      ind.id,
      new Map(ids.map((id) => [id, random() < 0.15 ? null : Math.exp(6 * random())])),
    ]),
  )
  return { spec, ids, raw }
}

export interface Timing {
  readonly p50: number
  readonly p95: number
  readonly max: number
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0 }
}

/** Times (ms) of `moves` slider moves and `runs` robustness computations. */
export function benchIndex({
  countries = 200,
  indicators = 10,
  moves = 500,
  runs = 10,
  draws = ROBUSTNESS_DRAWS,
  now = () => performance.now(),
} = {}) {
  const { spec, ids, raw } = syntheticIndex(2024, countries, indicators)
  let t = now()
  const prepared = prepareIndex(raw, ids, spec)
  const prepare = now() - t
  const move: number[] = []
  for (let m = 0; m < moves; m++) {
    // A drag: the economy weight sweeps 0 → 5 in steps, as the slider emits them.
    const weights = { economy: (m % 21) * 0.25, research: 1 }
    t = now()
    scorePrepared(prepared, weights)
    move.push(now() - t)
  }
  const robustness: number[] = []
  for (let r = 0; r < runs; r++) {
    t = now()
    rankRanges(prepared, { economy: 1 + r * 0.25, research: 1 }, { draws })
    robustness.push(now() - t)
  }
  return {
    countries: prepared.countries.length,
    insufficient: prepared.insufficient.length,
    indicators,
    draws,
    prepareMs: prepare,
    sliderMove: timing(move),
    robustness: timing(robustness),
  }
}
