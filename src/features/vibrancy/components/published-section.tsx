/** The ranking as published: this edition's ranks, and how ranks moved between the two editions. */
import type { VibrancyResponse } from '../../../api/schemas'
import { ChartFrame } from '../../../components/chart/chart-frame'
import { RankSlope } from '../../../components/chart/lazy-charts'
import { DataTable } from '../../../components/data-table'
import { formatNumber } from '../../../lib/format'
import type { PublishedRow } from '../model/published-ranking'

interface Props {
  readonly current: VibrancyResponse
  readonly both: readonly VibrancyResponse[]
  readonly rows: readonly PublishedRow[]
  readonly editionLabel: (id: string) => string
  readonly nameOf: (id: string) => string
  readonly include: (id: string) => boolean
  readonly selected: string | null
}

export function PublishedSection({
  current,
  both,
  rows,
  editionLabel,
  nameOf,
  include,
  selected,
}: Props) {
  const ordered = [...both].sort((a, b) => a.dataYear - b.dataYear)
  const ids = [...new Set(ordered.flatMap((r) => r.entries.map((e) => e.entityId)))].filter(include)
  const series = ids.map((id) => ({
    id,
    name: nameOf(id),
    ranks: ordered.map((r) => r.entries.find((e) => e.entityId === id)?.rank ?? null),
    highlighted: id === selected,
  }))
  const maxRank = Math.max(...ordered.map((r) => r.publishedTopN), 1)
  const table = (
    <DataTable
      caption={`Global AI Vibrancy ranking, ${editionLabel(current.edition)} (data year ${current.dataYear}), as published: top ${current.publishedTopN}`}
      rowHeaderLabel="Country"
      rows={rows}
      rowKey={(r) => r.entityId}
      rowHeader={(r) => r.name}
      rowClassName={(r) => (r.entityId === selected ? 'row--selected' : undefined)}
      columns={[
        {
          id: 'rank',
          header: 'Rank',
          numeric: true,
          cell: (r) =>
            r.rank === null ? `not in the published top ${current.publishedTopN}` : r.rank,
        },
        {
          id: 'score',
          header: 'Score (as published)',
          numeric: true,
          cell: (r) =>
            r.rank === null ? '—' : r.score === null ? 'not published' : formatNumber(r.score),
        },
      ]}
    />
  )
  const columns = ordered.map(
    (r) =>
      `${editionLabel(r.edition).replace('Global AI Vibrancy Tool', 'GVT')} (${r.dataYear} data)`,
  )
  return (
    <div className="panel__grid">
      <ChartFrame
        panel="vibrancy"
        title="How the published ranks moved between editions"
        unit="rank in the published top N (1 = most vibrant); a line ends where a country is outside a top N"
        source="Stanford HAI Global AI Vibrancy Tool, 2024 and 2025 editions, ranks as reported in news coverage"
        caveats={[
          'Scores are relative (min–max normalised) and re-computed each edition; the 2025 edition covers more countries.',
        ]}
        height={Math.max(260, maxRank * 34)}
        chart={
          <RankSlope
            columns={columns}
            series={series}
            maxRank={maxRank}
            height={Math.max(260, maxRank * 34)}
          />
        }
        table={
          <DataTable
            caption="Published ranks by edition"
            rowHeaderLabel="Country"
            rows={series}
            rowKey={(s) => s.id}
            rowHeader={(s) => s.name}
            columns={columns.map((c, i) => ({
              id: c,
              header: c,
              numeric: true,
              cell: (s: (typeof series)[number]) => s.ranks[i] ?? 'not in top N',
            }))}
          />
        }
        exportData={{
          header: ['country', ...columns],
          rows: series.map((s) => [s.name, ...s.ranks]),
        }}
      />
      <div className="panel__side">{table}</div>
    </div>
  )
}
