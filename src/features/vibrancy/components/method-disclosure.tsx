/** "How this is computed": the method, written out beside the chart. */
import { INDEX_INDICATORS, PILLARS } from '../model/composite-index'
import type { InputColumn } from '../model/index-inputs'

export function MethodDisclosure({
  used,
  perCapita,
}: {
  readonly used: readonly InputColumn[]
  readonly perCapita: boolean
}) {
  return (
    <details className="method">
      <summary>How this is computed</summary>
      <ol>
        <li>
          Indicators (each from one edition; never mixed):{' '}
          {INDEX_INDICATORS.map((i) => {
            const u = used.find((x) => x.id === i.id)
            return `${i.label} (${PILLARS.find((p) => p.id === i.pillar)?.label ?? i.pillar}; ${u ? `${u.edition}, ${u.period ?? u.year}` : 'no data'})`
          }).join('; ')}
          . Each uses the selected AI Index edition when it has the indicator, otherwise the newest
          edition that does.
        </li>
        <li>
          {perCapita
            ? 'Per capita: money per person and models per million people (World Bank population of the data year); patents are already per 100k.'
            : 'Absolute values (patents are per 100k inhabitants as published).'}
        </li>
        <li>
          Each indicator is min–max normalised over the countries in view: (value − min) / (max −
          min).
        </li>
        <li>
          A country missing more than half of the indicators is listed under “insufficient data”,
          not ranked.
        </li>
        <li>
          Pillar score = weighted mean of its available indicators; index = weighted mean of the
          pillars × 100.
        </li>
        <li>
          Robustness: 1,000 draws of a seeded Monte Carlo, every weight varied independently within
          ±25%.
        </li>
        <li>
          The published Global AI Vibrancy Tool uses 42 indicators in 8 pillars and expert weights
          that are not open; this index is an open approximation, labelled as computed here.
        </li>
      </ol>
    </details>
  )
}
