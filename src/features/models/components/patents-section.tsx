/** Granted AI patents: counts or world share by region, per 100k by country, and the two China counts. */
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { ChartFrame } from '../../../components/chart/chart-frame'
import { TrendLines } from '../../../components/chart/lazy-charts'
import { entityName } from '../../../queries/meta'
import { useViewOmit } from '../../../stores/view-store'
import { trendSeries } from '../model/models-view'
import { PATENT_CAVEATS } from './caveats'
import { EditionSwitch } from './edition-switch'
import { PatentDefinitions } from './patent-definitions'
import { Per100kFrame } from './per-100k-frame'
import { seriesTable } from './tables'
import type { useModelsData } from './use-models-data'

interface Props {
  readonly data: ReturnType<typeof useModelsData>
  readonly include: (id: string) => boolean
  readonly editionLabel: (id: string) => string
}

function mode(norm: string) {
  if (norm === 'share-of-world') return 'share' as const
  if (norm === 'per-capita') return 'per-capita' as const
  return 'count' as const
}

export function PatentsSection({ data: d, include, editionLabel }: Props) {
  const v = useViewOmit(['weights', 'compare'])
  const nameOf = (id: string) => entityName(d.meta.data, id)
  const m = mode(v.norm)
  const source = m === 'share' ? d.patentShare.data?.observations : d.patents.data?.observations
  const { years, series: raw } = trendSeries(
    source ?? [],
    (id) => include(id) && !(m === 'share' && id === 'WLD'),
    m === 'per-capita' ? d.population : null,
  )
  const series = raw.filter((s) => s.values.some((x) => x !== null))
  const unit =
    m === 'share'
      ? '% of world granted AI patents (as reported)'
      : m === 'per-capita'
        ? 'granted AI patents per million people (computed here; regions without a population figure are left out)'
        : 'granted AI patents'
  const title = `Granted AI patents${m === 'share' ? ', share of world' : m === 'per-capita' ? ' per million people' : ''}, ${years[0] ?? ''}–${years.at(-1) ?? ''}`
  const digits = m === 'count' ? 0 : 2
  return (
    <section className="models-section" aria-labelledby="models-patents-h">
      <h3 id="models-patents-h" className="subhead">
        Granted AI patents
      </h3>
      <div className="panel__row">
        {series.length > 0 ? (
          <ChartFrame
            panel="models"
            title={title}
            unit={unit}
            source={`AI Index — ${editionLabel(d.edition)}`}
            caveats={PATENT_CAVEATS}
            height={320}
            chart={
              <TrendLines
                years={years}
                series={series.map((s) => ({
                  id: s.entityId,
                  name: nameOf(s.entityId),
                  values: s.values,
                  highlighted: s.entityId === v.selected,
                }))}
                unit={
                  m === 'share'
                    ? '% of world'
                    : m === 'per-capita'
                      ? 'per million people'
                      : 'patents'
                }
                height={320}
                log={v.log}
              />
            }
            table={seriesTable(title, years, series, nameOf, digits, v.selected)}
            exportData={{
              header: ['entity', ...years.map(String)],
              rows: series.map((s) => [nameOf(s.entityId), ...s.values]),
            }}
          />
        ) : (
          <EditionSwitch>
            {`${editionLabel(d.edition)} has no granted-patent series ${m === 'share' ? 'of world shares ' : ''}by region here. AI Index 2026 publishes counts and shares for 2010–2024.`}
          </EditionSwitch>
        )}
        <Per100kFrame data={d} include={include} editionLabel={editionLabel} />
      </div>
      <QueryBoundary queries={[d.claims]} loadingLabel="Loading patent definitions">
        {() => <PatentDefinitions claims={d.claims.data?.claims ?? []} nameOf={nameOf} />}
      </QueryBoundary>
    </section>
  )
}
