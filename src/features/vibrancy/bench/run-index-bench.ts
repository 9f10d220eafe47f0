/** CLI of the index benchmark: prints p50/p95 per slider move and per robustness run. */
import { benchIndex } from '../model/index-bench'

const result = benchIndex({ countries: 200, indicators: 10, moves: 1000, runs: 20 })
const ms = (x: number) => `${x.toFixed(3)} ms`
console.log(
  [
    `Index builder, ${result.countries} ranked of 200 synthetic countries × ${result.indicators} indicators (${result.insufficient} insufficient data)`,
    `  prepare (min–max normalise):        ${ms(result.prepareMs)}`,
    `  slider move (re-score + re-rank):   p50 ${ms(result.sliderMove.p50)}, p95 ${ms(result.sliderMove.p95)}, max ${ms(result.sliderMove.max)}`,
    `  robustness (${result.draws} draws, ±25%):   p50 ${ms(result.robustness.p50)}, p95 ${ms(result.robustness.p95)}`,
  ].join('\n'),
)
