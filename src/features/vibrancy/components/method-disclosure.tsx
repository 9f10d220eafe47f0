/** "How this is computed": the method, the edition and year of every indicator, and coverage. */
import { memo } from 'react'
import { INDEX_INDICATORS, missingOf, PILLARS, type RawValues } from '../model/composite-index'
import type { InputColumn } from '../model/index-inputs'
import { ROBUSTNESS_DRAWS, ROBUSTNESS_SPREAD } from '../model/robustness'
import { sameData } from '../../../lib/same-data'

interface Props {
  readonly used: readonly InputColumn[]
  readonly raw: RawValues
  readonly countries: readonly string[]
  readonly perCapita: boolean
  readonly editionLabel: (id: string) => string
}

function MethodDisclosureView({ used, raw, countries, perCapita, editionLabel }: Props) {
  const withData = (id: string) => countries.filter((c) => !missingOf(raw, c).includes(id)).length
  return (
    <details className="method" aria-label="How this is computed">
      <summary>How this is computed</summary>
      <p>Indicators — each from one edition and one year, never mixed:</p>
      <ul>
        {INDEX_INDICATORS.map((i) => {
          const u = used.find((x) => x.id === i.id)
          const pillar = PILLARS.find((p) => p.id === i.pillar)?.label ?? i.pillar
          return (
            <li key={i.id}>
              <strong>{i.label}</strong> ({pillar}):{' '}
              {u
                ? `${editionLabel(u.edition)}, ${u.period ?? u.year}, ${u.unit}; ${withData(i.id)} of the ${countries.length} countries in view have a figure.`
                : 'no data in this view (nothing up to the selected year).'}
              {u?.populationYear
                ? ` Per capita with ${u.populationYear} population (World Bank WDI ends there).`
                : ''}
            </li>
          )
        })}
      </ul>
      <ol>
        <li>
          Edition: the selected AI Index edition when it has the indicator, otherwise the edition
          nearest to it (the newer on a tie). Year: the latest with data, up to the Year filter.
        </li>
        <li>
          {perCapita
            ? 'Per capita: investment in US$ per person, models per million people (World Bank population); patents are already per 100k inhabitants.'
            : 'Absolute values; patents are per 100k inhabitants as published.'}
        </li>
        <li>
          A country missing more than half of the 4 indicators (a figure for fewer than 2) is listed
          under “insufficient data” and not ranked; it does not enter the normalisation.
        </li>
        <li>
          Each indicator is min–max normalised over the ranked countries in view: (x − min) / (max −
          min).
        </li>
        <li>
          Pillar score = weighted mean of its available indicators; index = weighted mean of the
          pillar scores × 100 (0–100).
        </li>
        <li>
          Rank range: {ROBUSTNESS_DRAWS.toLocaleString('en')} draws of a seeded Monte Carlo
          (mulberry32), every weight varied independently and uniformly within ±
          {ROBUSTNESS_SPREAD * 100}%.
        </li>
        <li>
          Cross-check: Spearman’s ρ between the computed and the published ranks, on the countries
          both rank, against the GVT edition with the same data year where one exists.
        </li>
        <li>
          The GVT itself uses 42 indicators in 8 pillars with expert weights that are not open; this
          index is an open approximation, computed here.
        </li>
      </ol>
    </details>
  )
}

/** Skips re-renders that bring the same figures. */
export const MethodDisclosure = memo(MethodDisclosureView, sameData)
