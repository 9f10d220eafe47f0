/**
 * The selected year: every country with a figure as ranked bars (scrolling when long), and
 * beside it the headline table with the aggregates, blocs and their coverage.
 */
import { ChartFrame } from '../../../components/chart/chart-frame'
import { RankedBars } from '../../../components/chart/lazy-charts'
import { DataTable } from '../../../components/data-table'
import { ScrollRegion } from '../../../components/scroll-region'
import { coverageLabel } from '../../../lib/aggregate'
import { formatExact, formatNumber } from '../../../lib/format'
import { updateView, useView } from '../../../stores/view-store'
import type { YearEntry } from '../model/investment-view'
import type { ChartContext } from './chart-context'

const BAR_HEIGHT = 22
const BOX_HEIGHT = 440

export function YearSection({ ctx }: { readonly ctx: ChartContext }) {
  const { view, unit, source, caveats, digits, nameOf, isCountry, revisedNote } = ctx
  const selected = useView((v) => v.selected)
  const label = (r: YearEntry) =>
    r.origin === 'computed' ? `${nameOf(r.entityId)} (sum of members)` : nameOf(r.entityId)
  const note = (r: YearEntry) =>
    r.origin === 'reported' ? revisedNote(r.entityId, view.year) : null
  // Bars rank countries; aggregates (World, Europe, blocs) stay in the table, where they do
  // not dwarf the ranking.
  const countries = view.ranked.filter(
    (r) => r.value !== null && r.origin === 'reported' && isCountry(r.entityId),
  )
  const bars = countries.map((r) => ({
    id: r.entityId,
    name: `${nameOf(r.entityId)}${note(r) ? ' ◆' : ''}`,
    value: r.value ?? 0,
    highlighted: r.entityId === selected,
    detail: [note(r), source].filter(Boolean).join(' — '),
  }))
  const chartHeight = bars.length * BAR_HEIGHT + 40
  const title = `Ranked, ${view.year}: ${bars.length} ${bars.length === 1 ? 'country' : 'countries'} with a figure`
  return (
    <div className="panel__grid">
      <ChartFrame
        panel="investment"
        title={title}
        unit={unit}
        source={source}
        caveats={[...caveats, '◆ figure revised since the previous AI Index edition.']}
        height={Math.min(BOX_HEIGHT, chartHeight)}
        chart={
          <ScrollRegion className="inv-scroll" label={`${title}, chart`}>
            <RankedBars
              data={bars}
              unit={unit}
              height={chartHeight}
              digits={digits}
              anySelected={selected !== null}
              onSelect={(id) => updateView({ selected: id === selected ? null : id })}
            />
          </ScrollRegion>
        }
        table={
          <DataTable
            caption={`${title} (the chart's data), ${unit}`}
            rowHeaderLabel="Country"
            rows={countries}
            rowKey={(r) => r.entityId}
            rowHeader={(r) => nameOf(r.entityId)}
            columns={[
              {
                id: 'value',
                header: unit,
                numeric: true,
                cell: (r) => formatExact(r.value),
              },
              { id: 'revised', header: 'Revision', cell: (r) => note(r) ?? '' },
            ]}
          />
        }
        exportData={{
          header: ['country', 'year', unit, 'revision'],
          rows: countries.map((r) => [nameOf(r.entityId), view.year, r.value, note(r)]),
        }}
      />
      {/* Scrollable, so it must be reachable by keyboard (tabIndex) and named. */}
      <ScrollRegion className="panel__side" label={`Figures, ${view.year}`}>
        <DataTable
          caption={`AI private investment in ${view.year}, ${unit}, ${ctx.editionLabel}`}
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
              cell: (r) => (
                <span title={`${formatExact(r.value)} ${unit}`}>
                  {formatNumber(r.value, digits)}
                </span>
              ),
            },
            {
              id: 'coverage',
              header: 'Coverage',
              cell: (r) => (
                <>
                  {r.coverage ? coverageLabel(r.coverage) : 'as reported'}
                  {note(r) ? (
                    <span className="revised-marker" title={note(r) ?? ''}>
                      {' '}
                      ◆ revised
                    </span>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      </ScrollRegion>
    </div>
  )
}
