/** Notable and foundation models: the trend (or cumulative totals) and the year's headline table. */
import { ScrollRegion } from '../../../components/scroll-region'
import { wideRows } from '../../../lib/wide-rows'
import { latestYear } from '../../../lib/year-table'
import { entityName } from '../../../queries/meta'
import { useView } from '../../../stores/view-store'
import { EditionCompare } from './edition-compare'
import { HeadlineTable } from './headline-table'
import { ModelsTrend } from './models-trend'
import type { useModelsData } from './use-models-data'

interface Props {
  readonly data: ReturnType<typeof useModelsData>
  readonly include: (id: string) => boolean
  readonly editionLabel: (id: string) => string
}

export function ModelsSection({ data: d, include, editionLabel }: Props) {
  const yearFilter = useView((v) => v.year)
  const picked = useView((v) => v.countries)
  const selected = useView((v) => v.selected)
  const meta = d.meta.data
  const notable = d.notable.data?.observations ?? []
  const foundation = d.foundation.data?.observations ?? []
  const year =
    yearFilter ?? latestYear(notable) ?? latestYear(d.patents.data?.observations ?? []) ?? null
  const nameOf = (id: string) => entityName(meta, id)
  const rows =
    year === null
      ? []
      : wideRows(
          {
            notable,
            foundation,
            patents: d.patents.data?.observations ?? [],
            perCapita: d.per100k.data?.observations ?? [],
          },
          year,
          include,
          picked,
        )
  const notes = [
    ...new Set(
      foundation
        .filter((o) => o.year === year && o.note && include(o.entityId))
        .map((o) => o.note ?? ''),
    ),
  ]
  return (
    <section className="models-section" aria-labelledby="models-models-h">
      <h3 id="models-models-h" className="subhead">
        Notable and foundation models
      </h3>
      <div className="panel__grid">
        <ModelsTrend data={d} include={include} editionLabel={editionLabel} />
        <ScrollRegion className="panel__side" label={`Headline figures, ${year ?? ''}`}>
          {year === null || rows.length === 0 ? (
            <p className="muted">
              {`${editionLabel(d.edition)} has no model or patent figure for ${yearFilter ?? 'this view'} in this scope.`}
            </p>
          ) : (
            <HeadlineTable
              rows={rows}
              year={year}
              editionLabel={editionLabel(d.edition)}
              nameOf={nameOf}
              selected={selected}
              population={d.population}
            />
          )}
          {notes.length > 0 ? (
            <ul className="models-notes" aria-label="Notes on the foundation-model counts">
              {notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
        </ScrollRegion>
      </div>
      {d.edition === 'aiindex-2026' && d.notableCharts.data ? (
        <EditionCompare
          csv={notable}
          charts={d.notableCharts.data.observations}
          include={include}
          nameOf={nameOf}
          selected={selected}
        />
      ) : null}
    </section>
  )
}
