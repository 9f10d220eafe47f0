/** Why ranks moved: the bump / slope chart of the published ranks between the two GVT editions. */
import type { VibrancyResponse } from '../../../api/schemas'
import { ChartFrame } from '../../../components/chart/chart-frame'
import { RankSlope } from '../../../components/chart/lazy-charts'
import { DataTable } from '../../../components/data-table'
import { rankMovement, rankSpan } from '../model/published-ranking'

interface Props {
  readonly editions: readonly VibrancyResponse[]
  readonly include: (id: string) => boolean
  readonly editionLabel: (id: string) => string
  readonly nameOf: (id: string) => string
  readonly selected: string | null
}

export function MovementFrame({ editions, include, editionLabel, nameOf, selected }: Props) {
  const ordered = [...editions].sort((a, b) => a.dataYear - b.dataYear)
  const rows = rankMovement(ordered, include, nameOf)
  const columns = ordered.map(
    (r) =>
      `${editionLabel(r.edition).replace('Global AI Vibrancy Tool', 'GVT')} (${r.dataYear} data)`,
  )
  const [minRank, maxRank] = rankSpan(rows) ?? [1, 1]
  // The height follows the editions' top N, not the ranks shown: a region change then redraws
  // the lines without resizing the chart and moving the page below it.
  const topN = Math.max(...ordered.map((r) => r.publishedTopN), 1)
  const height = Math.max(220, topN * 30)
  const change = (c: number | null) =>
    c === null ? '—' : c > 0 ? `▲ ${c}` : c < 0 ? `▼ ${-c}` : '='
  return (
    <ChartFrame
      panel="vibrancy"
      title="How the published ranks moved between editions"
      unit={`rank in each published top N (1 = most vibrant); no line where a country is outside a top N — ${ordered.map((r) => `top ${r.publishedTopN} in ${r.edition}`).join(', ')}`}
      source="Stanford HAI Global AI Vibrancy Tool, 2024 and 2025 editions, ranks as reported in news coverage"
      caveats={[
        'The 2025 edition covers more countries and indicators; a move can reflect the method as well as the country.',
      ]}
      height={height}
      chart={
        rows.length > 0 ? (
          <RankSlope
            columns={columns}
            series={rows.map((r) => ({
              id: r.entityId,
              name: r.name,
              ranks: r.ranks,
              highlighted: r.entityId === selected,
            }))}
            minRank={minRank}
            maxRank={maxRank}
            height={height}
          />
        ) : (
          <p className="muted">No country in view is in either published top N.</p>
        )
      }
      table={
        <DataTable
          caption="Published ranks by edition, and the movement"
          rowHeaderLabel="Country"
          rows={rows}
          rowKey={(r) => r.entityId}
          rowHeader={(r) => r.name}
          columns={[
            ...columns.map((c, i) => ({
              id: c,
              header: c,
              numeric: true,
              cell: (r: (typeof rows)[number]) =>
                r.ranks[i] ?? `not in the top ${ordered[i]?.publishedTopN ?? ''}`,
            })),
            { id: 'change', header: 'Places gained', numeric: true, cell: (r) => change(r.change) },
            { id: 'reading', header: 'Reading', cell: (r) => r.reading },
          ]}
        />
      }
      exportData={{ header: ['country', ...columns], rows: rows.map((r) => [r.name, ...r.ranks]) }}
    />
  )
}
