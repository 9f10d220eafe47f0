/** The ranked computed index: chart ⇄ table in a ChartFrame, and the table beside the chart. */
import { memo, useMemo } from 'react'
import { ChartFrame } from '../../../components/chart/chart-frame'
import { RankedBars } from '../../../components/chart/lazy-charts'
import { DataTable } from '../../../components/data-table'
import { PanelEmpty } from '../../../components/panel/panel-states'
import { formatNumber } from '../../../lib/format'
import { updateView, useView } from '../../../stores/view-store'
import type { IndexResult, IndexRow } from '../model/composite-index'
import { SOURCES, type InputColumn } from '../model/index-inputs'
import { describeRangeInFull, ROBUSTNESS_DRAWS, type RankRange } from '../model/robustness'
import { sameData } from '../../../lib/same-data'

const CHART_ROWS = 25

interface Props {
  readonly result: IndexResult
  readonly ranges: ReadonlyMap<string, RankRange>
  readonly published: ReadonlyMap<string, number>
  readonly publishedHeader: string
  readonly used: readonly InputColumn[]
  readonly nameOf: (id: string) => string
  readonly perCapita: boolean
}

function IndexFrameView({
  result,
  ranges,
  published,
  publishedHeader,
  used,
  nameOf,
  perCapita,
}: Props) {
  const selected = useView((v) => v.selected)
  const year = useView((v) => v.year)
  const asTable = useView((v) => v.tables.includes('vibrancy'))
  const n = result.ranked.length
  const top = useMemo(() => result.ranked.slice(0, CHART_ROWS), [result])
  const title = `Computed here: open AI index of ${n} countries${perCapita ? ', per capita' : ''}${n > CHART_ROWS ? ` (top ${CHART_ROWS} drawn; the table lists all)` : ''}`
  const source = `Computed here from AI Index indicators — ${used.map((u) => `${u.id}: ${u.edition}, ${u.period ?? u.year}`).join('; ')}`
  const robust = (id: string) => {
    const r = ranges.get(id)
    return r ? describeRangeInFull(r) : '…'
  }
  const pillar = (r: IndexRow, id: string) => formatNumber(r.pillars[id], 1)
  const table = (
    <DataTable
      caption={`Computed here: index ranks, pillar scores and robustness (weights ±25%, ${ROBUSTNESS_DRAWS.toLocaleString('en')} draws)`}
      rowHeaderLabel="Country"
      rows={result.ranked}
      rowKey={(r) => r.entityId}
      rowHeader={(r) => nameOf(r.entityId)}
      rowClassName={(r) => (r.entityId === selected ? 'row--selected' : undefined)}
      columns={[
        { id: 'rank', header: 'Rank', numeric: true, cell: (r) => r.rank },
        { id: 'index', header: 'Index', numeric: true, cell: (r) => formatNumber(r.index, 1) },
        { id: 'economy', header: 'Economy', numeric: true, cell: (r) => pillar(r, 'economy') },
        { id: 'research', header: 'R&D', numeric: true, cell: (r) => pillar(r, 'research') },
        { id: 'robust', header: 'Rank range, weights ±25%', cell: (r) => robust(r.entityId) },
        {
          id: 'published',
          header: publishedHeader,
          numeric: true,
          cell: (r) => published.get(r.entityId) ?? 'not in top N',
        },
      ]}
    />
  )
  const height = Math.max(200, top.length * 26 + 40)
  // The chart depends on the ranks only, not on the (deferred) robustness ranges: memoised, so
  // recharts redraws once per slider step, not again when the Monte Carlo lands.
  const chart = useMemo(
    () => (
      <RankedBars
        data={top.map((r) => ({
          id: r.entityId,
          name: `${r.rank}. ${nameOf(r.entityId)}`,
          value: r.index,
          highlighted: r.entityId === selected,
          detail: `Economy ${pillar(r, 'economy')}, R&D ${pillar(r, 'research')}; computed here from the AI Index`,
        }))}
        unit="index points (0–100)"
        height={height}
        digits={1}
        anySelected={selected !== null}
        onSelect={(id) => updateView({ selected: id === selected ? null : id })}
      />
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- nameOf is a stable lookup over meta
    [top, height, selected],
  )
  if (n === 0) {
    // Nothing to draw: say why, instead of an empty chart and an empty table.
    const inputs = used.map((u) => `${u.id} (${u.edition}, ${u.period ?? u.year})`).join('; ')
    return (
      <div className="vib-index__main">
        <PanelEmpty>
          No country in view has figures for at least 2 of the index&apos;s {SOURCES.length} inputs
          {year === null ? '' : ` up to ${year}`}, so none can be ranked. Inputs with figures:{' '}
          {inputs || 'none'}.{year === null ? '' : ' Try a later year, or “Latest with data”.'}
        </PanelEmpty>
      </div>
    )
  }
  return (
    <div className="vib-index__main">
      <ChartFrame
        panel="vibrancy"
        title={title}
        unit="index 0–100, computed here (100 = best in view on every indicator)"
        source={source}
        caveats={[
          'Not the Global AI Vibrancy Tool: four open indicators in two pillars, min–max over the countries in view.',
        ]}
        height={height}
        chart={chart}
        table={table}
        exportData={{
          header: ['rank', 'country', 'index', 'economy', 'R&D', 'rank range'],
          rows: result.ranked.map((r) => [
            r.rank,
            nameOf(r.entityId),
            r.index,
            r.pillars.economy ?? null,
            r.pillars.research ?? null,
            robust(r.entityId),
          ]),
        }}
      />
      {asTable ? null : (
        <div
          className="vib-index__table"
          role="region"
          aria-label="Computed index, table"
          tabIndex={0}
        >
          {table}
        </div>
      )}
    </div>
  )
}

/** Skips re-renders that bring the same figures. */
export const IndexFrame = memo(IndexFrameView, sameData)
