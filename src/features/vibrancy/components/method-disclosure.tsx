/** "How this is computed": the method, the edition and year of every indicator, and coverage. */
import { memo } from 'react'
import { missingOf, PILLARS, type RawValues } from '../model/composite-index'
import { INDEX_INPUTS, type InputColumn } from '../model/index-inputs'
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
  const k = used.length
  const why = (i: (typeof INDEX_INPUTS)[number]) =>
    i.sameYear
      ? 'not used in this view: a release of fixed data years, used only when the index speaks for one of them.'
      : i.minCountries
        ? `not used in this view: no year up to the selected one has figures for ${String(i.minCountries)} countries or more.`
        : 'no data in this view (nothing up to the selected year).'
  return (
    <details className="method" aria-label="How this is computed">
      <summary>How this is computed</summary>
      <p>
        Inputs, from one declared list — each from one edition and one year, never mixed; {k} of the{' '}
        {INDEX_INPUTS.length} have figures in this view:
      </p>
      <ul>
        {INDEX_INPUTS.map((i) => {
          const u = used.find((x) => x.id === i.id)
          const pillar = PILLARS.find((p) => p.id === i.pillar)?.label ?? i.pillar
          return (
            <li key={i.id}>
              <strong>{i.label}</strong> ({pillar}):{' '}
              {u
                ? `${editionLabel(u.edition)}, ${u.period ?? u.year}, ${u.unit}; ${withData(i.id)} of the ${countries.length} countries in view have a figure.`
                : why(i)}
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
          nearest to it (the newer on a tie); the GVT 2022 indicators in their one release. Year:
          the latest with data, up to the Year filter; an input only in a year with figures for
          enough countries (private investment 5, newly funded companies 10); the GVT 2022
          indicators only for the index’s own data year (2017–2021), never older, and its private
          investment only where the AI Index’s is left out. Data centres sit in the economy pillar
          here.
        </li>
        <li>
          {perCapita
            ? 'Per capita: investment in US$ per person; counts (models, companies, data centres, publications) per million people (World Bank population); patents per 100k, shares and ratios as published.'
            : 'Absolute values; patents per 100k, shares and ratios as published.'}
        </li>
        <li>
          A country missing more than half of the {k} inputs with figures in this view (a figure for
          fewer than {Math.ceil(k / 2)}) is listed under “insufficient data” and not ranked; it does
          not enter the normalisation. The index table gives each ranked country’s coverage.
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
