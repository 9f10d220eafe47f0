/** The panel's charts: ranked bars for the year, the year's table, and the trend lines. */
import { ChartFrame } from '../../../components/chart/chart-frame'
import { RankedBars, TrendLines } from '../../../components/chart/lazy-charts'
import { DataTable } from '../../../components/data-table'
import { ScrollRegion } from '../../../components/scroll-region'
import { coverageLabel } from '../../../lib/aggregate'
import { formatExact, formatNumber } from '../../../lib/format'
import { updateView, useView } from '../../../stores/view-store'
import type { InvestmentView, TrendSeries, YearEntry } from '../model/investment-view'
import { UNIT_BY_NORM } from '../model/normalise-series'

const CAVEATS = [
  'Private investment only: venture capital and private equity into private AI companies raising over $1.5m (Quid), attributed by headquarters; excludes public companies’ capex and state funding.',
]

interface Props {
  readonly view: InvestmentView
  readonly editionLabel: string
  readonly real: boolean
  readonly nameOf: (id: string) => string
  readonly isCountry: (id: string) => boolean
  /** Entities whose figure for this year was revised between editions. */
  readonly revisedIds: ReadonlySet<string>
}

export function InvestmentCharts({
  view,
  editionLabel,
  real,
  nameOf,
  isCountry,
  revisedIds,
}: Props) {
  const norm = useView((v) => v.norm)
  const log = useView((v) => v.log)
  const cumulative = useView((v) => v.cumulative)
  const base = useView((v) => v.base)
  const selected = useView((v) => v.selected)
  const prices = real ? 'constant 2021 US$' : 'nominal US$'
  const unit = norm === 'absolute' ? `US$ bn (${prices})` : `${UNIT_BY_NORM[norm]} (${prices})`
  const source = `Stanford HAI AI Index / Quid — ${editionLabel}${norm === 'per-capita' || norm === 'share-of-gdp' ? '; World Bank population and GDP' : ''}`
  const label = (r: YearEntry) =>
    r.origin === 'computed' ? `${nameOf(r.entityId)} (sum of members)` : nameOf(r.entityId)
  const digits = norm === 'absolute' ? 2 : norm === 'per-capita' ? 2 : 3
  // Bars rank countries; aggregates (World, Europe, blocs) stay in the table, where they do not dwarf the ranking.
  const bars = view.ranked
    .filter((r) => r.value !== null && r.origin === 'reported' && isCountry(r.entityId))
    .slice(0, 20)
    .map((r) => ({
      id: r.entityId,
      name: label(r),
      value: r.value ?? 0,
      highlighted: r.entityId === selected,
      detail: r.coverage ? coverageLabel(r.coverage) : undefined,
    }))
  const yearTable = (
    <DataTable
      caption={`AI private investment in ${view.year}, ${unit}, ${editionLabel}`}
      rowHeaderLabel="Country or aggregate"
      rows={view.ranked}
      rowKey={(r) => `${r.origin}-${r.entityId}`}
      rowHeader={label}
      rowClassName={(r) =>
        r.origin === 'computed'
          ? 'row--aggregate'
          : r.entityId === selected
            ? 'row--selected'
            : undefined
      }
      columns={[
        {
          id: 'value',
          header: unit,
          numeric: true,
          cell: (r) => <span title={formatExact(r.value)}>{formatNumber(r.value, digits)}</span>,
        },
        {
          id: 'coverage',
          header: 'Coverage',
          cell: (r) =>
            `${r.coverage ? coverageLabel(r.coverage) : 'as reported'}${revisedIds.has(r.entityId) ? ' · ◆ revised' : ''}`,
        },
      ]}
    />
  )
  const trendTitle = `${cumulative ? 'Cumulative AI private investment' : 'AI private investment'}, ${view.years[0] ?? ''}–${view.years[view.years.length - 1] ?? ''}${base !== null ? ` (index, ${base} = 100)` : ''}`
  return (
    <>
      <div className="panel__grid">
        <ChartFrame
          panel="investment"
          title={`Ranked, ${view.year}`}
          unit={unit}
          source={source}
          caveats={CAVEATS}
          height={Math.max(160, bars.length * 26 + 30)}
          chart={
            <RankedBars
              data={bars}
              unit={unit}
              height={Math.max(160, bars.length * 26 + 30)}
              digits={digits}
              anySelected={selected !== null}
              onSelect={(id) => updateView({ selected: id === selected ? null : id })}
            />
          }
          table={yearTable}
          exportData={{
            header: ['entity', 'year', unit, 'coverage'],
            rows: view.ranked.map((r) => [
              label(r),
              view.year,
              r.value,
              r.coverage ? coverageLabel(r.coverage) : 'as reported',
            ]),
          }}
        />
        {/* Scrollable, so it must be reachable by keyboard (tabIndex) and named. */}
        <ScrollRegion className="panel__side" label={`Figures, ${view.year}`}>
          {yearTable}
        </ScrollRegion>
      </div>
      {view.trend.length > 0 ? (
        <ChartFrame
          panel="investment"
          title={trendTitle}
          unit={base !== null ? `index (${base} = 100)` : `${unit}${log ? ', log scale' : ''}`}
          source={source}
          caveats={[
            ...CAVEATS,
            real
              ? 'Constant 2021 US$ (OWID, deflated with the US CPI): only the US, China, Europe and World.'
              : 'Nominal US$; years without a figure are gaps, not zeros.',
          ]}
          chart={
            <TrendLines
              years={view.years}
              series={view.trend.map((s) => ({
                id: s.entityId,
                name: nameOf(s.entityId),
                values: s.values,
                highlighted: s.entityId === selected,
              }))}
              unit={unit}
              height={340}
              log={log}
            />
          }
          table={
            <DataTable
              caption={trendTitle}
              rowHeaderLabel="Country or aggregate"
              rows={view.trend}
              rowKey={(s) => s.entityId}
              rowHeader={(s) => nameOf(s.entityId)}
              columns={view.years.map((y, i) => ({
                id: String(y),
                header: String(y),
                numeric: true,
                cell: (s: TrendSeries) => formatNumber(s.values[i], digits),
              }))}
            />
          }
          exportData={{
            header: ['entity', ...view.years.map(String)],
            rows: view.trend.map((s) => [nameOf(s.entityId), ...s.values]),
          }}
        />
      ) : (
        <p className="muted">
          This edition reports only one year per country here: no trend to draw. AI Index 2026 has
          the US, China, Europe and World for 2013–2025.
        </p>
      )}
    </>
  )
}
