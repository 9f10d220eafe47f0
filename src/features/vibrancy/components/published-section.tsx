/** The ranking as published: the selected edition's ranks (chart and table) and the movement. */
import { memo } from 'react'
import type { VibrancyResponse } from '../../../api/schemas'
import { ChartFrame } from '../../../components/chart/chart-frame'
import { DataTable } from '../../../components/data-table'
import { PanelEmpty } from '../../../components/panel/panel-states'
import { formatNumber } from '../../../lib/format'
import { sameData } from '../../../lib/same-data'
import { updateView, useView } from '../../../stores/view-store'
import { publishedRows, type PublishedRow } from '../model/published-ranking'
import { PublishedBars } from './lazy-vibrancy-charts'
import { MovementFrame } from './movement-frame'

interface Props {
  readonly current: VibrancyResponse
  readonly other: VibrancyResponse | null
  readonly include: (id: string) => boolean
  readonly inView: readonly string[]
  readonly editionLabel: (id: string) => string
  readonly nameOf: (id: string) => string
}

const SOURCE = 'Stanford HAI Global AI Vibrancy Tool, ranks and scores as reported in news coverage'

function PublishedSectionView({ current, other, include, inView, editionLabel, nameOf }: Props) {
  const countries = useView((v) => v.countries)
  const selected = useView((v) => v.selected)
  const compare = useView((v) => v.compare)
  const asTable = useView((v) => v.tables.includes('vibrancy'))
  const topN = current.publishedTopN
  // Marked "not in the published top N": countries picked, selected or compared, and those in
  // the other edition's top N (the ones readers look for, e.g. France and Germany in 2025).
  const extra = [
    ...countries,
    selected,
    compare,
    ...(other?.entries.map((e) => e.entityId) ?? []),
  ].filter((id): id is string => id !== null && inView.includes(id))
  const rows = publishedRows(current, include, extra, nameOf)
  const label = editionLabel(current.edition)
  const caption = `Global AI Vibrancy ranking, ${label} (data year ${current.dataYear}), as published: top ${topN}`
  const rankText = (r: PublishedRow) => r.rank ?? `not in the published top ${topN}`
  const scoreText = (r: PublishedRow) =>
    r.rank === null ? '—' : r.score === null ? 'not published' : formatNumber(r.score)
  const table = (
    <DataTable
      caption={caption}
      rowHeaderLabel="Country"
      rows={rows}
      rowKey={(r) => r.entityId}
      rowHeader={(r) => r.name}
      rowClassName={(r) => (r.entityId === selected ? 'row--selected' : undefined)}
      columns={[
        { id: 'rank', header: 'Rank', numeric: true, cell: rankText },
        { id: 'score', header: 'Score (as published)', numeric: true, cell: scoreText },
      ]}
    />
  )
  if (rows.length === 0)
    return (
      <PanelEmpty>
        No country in view is in the published top {topN} of {label}.
      </PanelEmpty>
    )
  const height = Math.max(180, rows.length * 30 + 40)
  return (
    <div className="vib-published">
      <ChartFrame
        panel="vibrancy"
        title={`Published ranking: ${label} (${current.dataYear} data)`}
        unit={`score 0–100 as published (only a few scores were published; ranks 1–${topN} are listed, no rank is guessed beyond)`}
        source={`${SOURCE}; ${label}`}
        caveats={[
          'GVT scores are relative (min–max over the countries it covers) and not comparable across editions.',
        ]}
        height={height}
        chart={
          <PublishedBars
            height={height}
            data={rows.map((r) => ({
              id: r.entityId,
              label: r.rank === null ? `— ${r.name}` : `${r.rank}. ${r.name}`,
              score: r.score,
              scoreText: r.score === null ? '' : formatNumber(r.score),
              missingText:
                r.rank === null
                  ? `not in the published top ${topN}`
                  : r.score === null
                    ? 'score not published'
                    : '',
              detail: [
                r.rank === null
                  ? `Not in the published top ${topN}`
                  : `Rank ${r.rank} of the published top ${topN}`,
                r.score === null
                  ? 'Score: not published'
                  : `Score: ${formatNumber(r.score)} (index 0–100, as published)`,
                `${label}, data year ${current.dataYear}`,
                `Source: ${r.sourceId ?? SOURCE}`,
              ].join('\n'),
              highlighted: r.entityId === selected,
            }))}
          />
        }
        table={table}
        exportData={{
          header: ['rank', 'country', 'score'],
          rows: rows.map((r) => [r.rank, r.name, r.score]),
        }}
        tools={
          selected ? (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => updateView({ selected: null })}
            >
              Clear selection
            </button>
          ) : null
        }
      />
      {asTable ? null : <div className="vib-published__table">{table}</div>}
      {other ? (
        <MovementFrame
          editions={[current, other]}
          include={include}
          editionLabel={editionLabel}
          nameOf={nameOf}
          selected={selected}
        />
      ) : null}
    </div>
  )
}

/** Skips re-renders that bring the same figures (a filter change that does not touch this section). */
export const PublishedSection = memo(PublishedSectionView, sameData)
