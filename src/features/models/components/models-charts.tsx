/** The charts of the Models & Patents panel (each in a ChartFrame with its table alternative). */
import type { Claim, Observation } from '../../../api/schemas'
import { ChartFrame } from '../../../components/chart/chart-frame'
import { LabelledScatter, RankedBars, TrendLines } from '../../../components/chart/lazy-charts'
import { DataTable } from '../../../components/data-table'
import { ScrollRegion } from '../../../components/scroll-region'
import { formatCount, formatNumber } from '../../../lib/format'
import type { WideRow } from '../../../lib/wide-rows'
import { updateView, useView } from '../../../stores/view-store'
import { rankedForYear, trendSeries, type Series } from '../model/models-view'
import { outputPoints } from '../model/output-per-dollar'
import { HeadlineTable } from './headline-table'
import { QuotedClaims } from '../../../components/quoted-claims'

const MODEL_CAVEATS = [
  'A model with authors in several countries can count for each; Epoch AI’s notable-models list is back-filled.',
]
const PATENT_CAVEATS = [
  'Granted patents only (not applications); recent years lag because of publication delays.',
]
const PER_DOLLAR_CAVEAT =
  'Computed here. Leaves out state funding, big-tech internal spending, compute and open-weight releases; investment is 2013–2025 and models 2003–2025, both AI Index 2026.'

interface Props {
  readonly year: number
  readonly rows: readonly WideRow<'notable' | 'foundation' | 'patents' | 'perCapita'>[]
  readonly include: (id: string) => boolean
  readonly editionLabel: string
  readonly notable: readonly Observation[]
  readonly patents: readonly Observation[]
  readonly perCapita: readonly Observation[]
  readonly investCum: readonly Observation[]
  readonly modelsCum: readonly Observation[]
  readonly claims: readonly Claim[]
  readonly population: ((id: string, year: number) => number | null) | null
  readonly nameOf: (id: string) => string
  readonly isCountry: (id: string) => boolean
}

function seriesTable(
  title: string,
  years: readonly number[],
  series: readonly Series[],
  nameOf: (id: string) => string,
  digits: number,
) {
  return (
    <DataTable
      caption={title}
      rowHeaderLabel="Country or region"
      rows={series}
      rowKey={(s) => s.entityId}
      rowHeader={(s) => nameOf(s.entityId)}
      columns={years.map((y, i) => ({
        id: String(y),
        header: String(y),
        numeric: true,
        cell: (s: Series) => formatNumber(s.values[i], digits),
      }))}
    />
  )
}

export function ModelsCharts(p: Props) {
  const selected = useView((v) => v.selected)
  const log = useView((v) => v.log)
  const select = (id: string) => updateView({ selected: id === selected ? null : id })
  const modelUnit = p.population
    ? 'notable models per million people (computed here)'
    : 'notable models'
  const models = trendSeries(p.notable, p.include, p.population)
  const patents = trendSeries(p.patents, p.include, null)
  const per100kYear = Math.max(
    ...p.perCapita.filter((o) => o.value !== null).map((o) => o.year),
    -Infinity,
  )
  const per100k = Number.isFinite(per100kYear)
    ? rankedForYear(p.perCapita, p.year === per100kYear ? p.year : per100kYear, p.include)
    : []
  const points = outputPoints(p.investCum, p.modelsCum, (id) => p.include(id) && p.isCountry(id))
  const modelsTitle = `Notable ML models per year, ${models.years[0] ?? ''}–${models.years.at(-1) ?? ''}`
  const patentsTitle = `Granted AI patents per year, ${patents.years[0] ?? ''}–${patents.years.at(-1) ?? ''}`
  const lines = (s: readonly Series[]) =>
    s.map((x) => ({
      id: x.entityId,
      name: p.nameOf(x.entityId),
      values: x.values,
      highlighted: x.entityId === selected,
    }))
  return (
    <>
      <div className="panel__grid">
        {models.series.length > 0 ? (
          <ChartFrame
            panel="models"
            title={modelsTitle}
            unit={modelUnit}
            source={`Epoch AI via the AI Index — ${p.editionLabel}`}
            caveats={MODEL_CAVEATS}
            chart={
              <TrendLines
                years={models.years}
                series={lines(models.series)}
                unit={modelUnit}
                height={320}
                log={log}
              />
            }
            table={seriesTable(
              modelsTitle,
              models.years,
              models.series,
              p.nameOf,
              p.population ? 3 : 0,
            )}
            exportData={{
              header: ['entity', ...models.years.map(String)],
              rows: models.series.map((s) => [p.nameOf(s.entityId), ...s.values]),
            }}
          />
        ) : (
          <p className="muted">
            {p.editionLabel} publishes notable-model counts for single years only: see the table.
          </p>
        )}
        <ScrollRegion className="panel__side" label={`Headline figures, ${p.year}`}>
          <HeadlineTable
            rows={p.rows}
            year={p.year}
            editionLabel={p.editionLabel}
            nameOf={p.nameOf}
            selected={selected}
          />
        </ScrollRegion>
      </div>
      <div className="panel__row">
        {patents.series.length > 0 ? (
          <ChartFrame
            panel="models"
            title={patentsTitle}
            unit="granted AI patents"
            source={`AI Index — ${p.editionLabel}`}
            caveats={PATENT_CAVEATS}
            chart={
              <TrendLines
                years={patents.years}
                series={lines(patents.series)}
                unit="patents"
                height={300}
                log={log}
              />
            }
            table={seriesTable(patentsTitle, patents.years, patents.series, p.nameOf, 0)}
            exportData={{
              header: ['entity', ...patents.years.map(String)],
              rows: patents.series.map((s) => [p.nameOf(s.entityId), ...s.values]),
            }}
          />
        ) : null}
        {per100k.length > 0 ? (
          <ChartFrame
            panel="models"
            title={`Granted AI patents per 100,000 inhabitants, ${per100kYear}`}
            unit="patents per 100k inhabitants"
            source={`AI Index — ${p.editionLabel}`}
            caveats={PATENT_CAVEATS}
            height={Math.max(160, Math.min(per100k.length, 15) * 24 + 30)}
            chart={
              <RankedBars
                data={per100k.slice(0, 15).map((r) => ({
                  id: r.entityId,
                  name: p.nameOf(r.entityId),
                  value: r.value,
                  highlighted: r.entityId === selected,
                }))}
                unit="per 100k"
                height={Math.max(160, Math.min(per100k.length, 15) * 24 + 30)}
                anySelected={selected !== null}
                onSelect={select}
              />
            }
            table={
              <DataTable
                caption={`Patents per 100k inhabitants, ${per100kYear}, by value`}
                rowHeaderLabel="Country"
                rows={per100k}
                rowKey={(r) => r.entityId}
                rowHeader={(r) => p.nameOf(r.entityId)}
                columns={[
                  {
                    id: 'v',
                    header: 'Per 100k',
                    numeric: true,
                    cell: (r) => formatNumber(r.value),
                  },
                ]}
              />
            }
            exportData={{
              header: ['entity', 'per 100k'],
              rows: per100k.map((r) => [p.nameOf(r.entityId), r.value]),
            }}
          />
        ) : null}
      </div>
      {points.length > 0 ? (
        <ChartFrame
          panel="models"
          title="Output per dollar: cumulative notable models against cumulative private investment"
          unit={`x: US$ bn invested 2013–2025; y: notable models 2003–2025${log ? ' (log–log)' : ''}`}
          source="AI Index 2026 (figs 4.2.12 and 1.1.3)"
          caveats={[PER_DOLLAR_CAVEAT]}
          height={380}
          chart={
            <LabelledScatter
              data={points.map((q) => ({
                id: q.entityId,
                name: p.nameOf(q.entityId),
                x: q.investment,
                y: q.models,
                highlighted: q.entityId === selected,
              }))}
              xLabel="US$ bn invested"
              yLabel="notable models"
              height={380}
              log={log}
              onSelect={select}
            />
          }
          table={
            <DataTable
              caption="Output per dollar (computed here)"
              rowHeaderLabel="Country"
              rows={points}
              rowKey={(q) => q.entityId}
              rowHeader={(q) => p.nameOf(q.entityId)}
              columns={[
                {
                  id: 'i',
                  header: 'US$ bn invested',
                  numeric: true,
                  cell: (q) => formatNumber(q.investment),
                },
                {
                  id: 'm',
                  header: 'Notable models',
                  numeric: true,
                  cell: (q) => formatCount(q.models),
                },
                {
                  id: 'r',
                  header: 'Models per $10bn',
                  numeric: true,
                  cell: (q) => formatNumber(q.modelsPer10bn),
                },
              ]}
            />
          }
          exportData={{
            header: [
              'entity',
              'US$ bn invested 2013-2025',
              'notable models 2003-2025',
              'models per $10bn',
            ],
            rows: points.map((q) => [
              p.nameOf(q.entityId),
              q.investment,
              q.models,
              q.modelsPer10bn,
            ]),
          }}
        />
      ) : null}
      <QuotedClaims
        title="Quoted in the debate: patents and open models"
        claims={p.claims.filter(
          (c) =>
            c.id === 'cn_ai_patents_2023' ||
            c.id.startsWith('open_fm_share') ||
            c.id.includes('foundation_models'),
        )}
      />
    </>
  )
}
