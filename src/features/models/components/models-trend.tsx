/** Notable models per year by country or region, or cumulative 2003–2025 by country (URL `cumulative`). */
import { ChartFrame } from '../../../components/chart/chart-frame'
import { RankedBars, TrendLines } from '../../../components/chart/lazy-charts'
import { entityName } from '../../../queries/meta'
import { updateView, useViewOmit } from '../../../stores/view-store'
import { rankedForYear, trendSeries } from '../model/models-view'
import { periodOf } from '../model/output-per-dollar'
import { MODEL_CAVEATS } from './caveats'
import { EditionSwitch } from './edition-switch'
import { entriesTable, seriesTable } from './tables'
import type { useModelsData } from './use-models-data'

const TOP = 15

interface Props {
  readonly data: ReturnType<typeof useModelsData>
  readonly include: (id: string) => boolean
  readonly editionLabel: (id: string) => string
}

export function ModelsTrend({ data: d, include, editionLabel }: Props) {
  const v = useViewOmit(['weights', 'compare'])
  const nameOf = (id: string) => entityName(d.meta.data, id)
  const select = (id: string) => updateView({ selected: id === v.selected ? null : id })
  const showTable = v.tables.includes('models')
  if (v.cumulative) {
    const cum = d.modelsCum.data?.observations ?? []
    const period = periodOf(cum) ?? '2003–2025'
    const all = rankedForYear(cum, Math.max(...cum.map((o) => o.year), 0), include)
    const shown = showTable ? all : all.slice(0, TOP)
    const title = `Notable ML models, cumulative ${period}, by country`
    const height = Math.max(160, shown.length * 24 + 30)
    return (
      <ChartFrame
        panel="models"
        title={title}
        unit={`notable models, sum over ${period}${all.length > TOP && !showTable ? ` (top ${TOP} of ${all.length}; the table lists all)` : ''}${v.norm !== 'absolute' ? ' — counts: a multi-year total is not normalised' : ''}`}
        source={`Epoch AI via the AI Index — ${editionLabel('aiindex-2026')} (fig. 1.1.3), the only edition publishing it`}
        caveats={MODEL_CAVEATS}
        height={height}
        chart={
          <RankedBars
            data={shown.map((r) => ({
              id: r.entityId,
              name: nameOf(r.entityId),
              value: r.value,
              highlighted: r.entityId === v.selected,
            }))}
            unit="notable models"
            digits={0}
            height={height}
            anySelected={v.selected !== null}
            onSelect={select}
          />
        }
        table={entriesTable(title, shown, nameOf, 'Notable models', 0, v.selected)}
        exportData={{
          header: ['entity', `notable models ${period}`],
          rows: shown.map((r) => [nameOf(r.entityId), r.value]),
        }}
      />
    )
  }
  const perCapita = d.population !== null
  const { years, series } = trendSeries(d.notable.data?.observations ?? [], include, d.population)
  if (series.length === 0)
    return (
      <EditionSwitch>
        {`${editionLabel(d.edition)} publishes notable-model counts for single years only (see the table). The series by year (US from 2003, Europe from 2005, China from 2014) is in AI Index 2026.`}
      </EditionSwitch>
    )
  const unit = perCapita
    ? 'notable models per million people (computed here with World Bank population; population ends 2024)'
    : `notable models${v.norm === 'share-of-world' ? ' — no world total is published, so no share is computed' : ''}`
  const title = `Notable ML models per year, ${years[0] ?? ''}–${years.at(-1) ?? ''}`
  const digits = perCapita ? 3 : 0
  return (
    <ChartFrame
      panel="models"
      title={title}
      unit={unit}
      source={`Epoch AI via the AI Index — ${editionLabel(d.edition)}`}
      caveats={MODEL_CAVEATS}
      height={340}
      chart={
        <TrendLines
          years={years}
          series={series.map((s) => ({
            id: s.entityId,
            name: nameOf(s.entityId),
            values: s.values,
            highlighted: s.entityId === v.selected,
          }))}
          unit={perCapita ? 'per million people' : 'models'}
          height={340}
          log={v.log}
        />
      }
      table={seriesTable(title, years, series, nameOf, digits, v.selected)}
      exportData={{
        header: ['entity', ...years.map(String)],
        rows: series.map((s) => [nameOf(s.entityId), ...s.values]),
      }}
    />
  )
}
