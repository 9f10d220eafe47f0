/**
 * The AI Vibrancy panel's map: the published Global AI Vibrancy ranking of the release the view
 * shows. Where the release published a score for every ranked country (GVT 2022) the map bins
 * the scores; otherwise it bins the ranks (1 darkest), never a guessed score. Countries outside
 * the published top N are hatched as such, not given a rank.
 */
import { defineFigure } from '../../components/figure/figure-spec'
import { MapChart, type MapData } from '../../components/map/lazy-map'
import { MAP_CAVEAT, mapAreas, readyMap } from '../../components/map/map-state'
import { formatScore } from '../../lib/format'
import { licencesOf } from '../../lib/sources'
import { GVT_CAVEAT, outsideText, rankingSource } from './model/published-ranking'
import type { VibrancyModel } from './model/vibrancy-view'

export const mapFigure = defineFigure<VibrancyModel, MapData>({
  id: 'vibrancy.map',
  panel: 'vibrancy',
  label: 'Published Vibrancy ranking (map)',
  kind: 'map',
  needs: ['meta', 'ranking'],
  selectable: true,
  height: () => 480,
  Chart: MapChart,
  state: (m, view) => {
    const ranking = m.ranking
    if (!ranking || !m.names) return null
    const label = m.editionLabel(ranking.edition)
    const topN = ranking.publishedTopN
    const entries = new Map(ranking.entries.map((e) => [e.entityId, e]))
    const byScore = ranking.entries.length > 0 && ranking.entries.every((e) => e.score !== null)
    const values = new Map<string, number>()
    for (const e of ranking.entries) {
      const v = byScore ? e.score : e.rank
      if (v !== null) values.set(e.entityId, v)
    }
    const outside = outsideText(ranking)
    const rankOf = (id: string) => entries.get(id)?.rank ?? null
    const areas = mapAreas({
      countries: m.names.entities,
      includes: m.includes,
      values,
      nameOf: m.nameOf,
      valueText: (v, id) =>
        byScore ? `score ${formatScore(v)}, rank ${rankOf(id) ?? ''}` : `rank ${v} of ${topN}`,
      exactText: (v, id) =>
        byScore
          ? `Score ${formatScore(v)} (0–100, as published), rank ${rankOf(id) ?? ''}`
          : `Rank ${v} of the published top ${topN}`,
      noDataLabel: outside,
      selected: view.selected,
    })
    const measure = byScore ? 'score' : 'rank'
    const title = `Map: published ${measure}s, ${label} (${ranking.dataYear} data)`
    const source = rankingSource([ranking], m.names.source, label)
    const text = {
      title,
      unit: byScore
        ? 'score 0–100 as published'
        : `rank as published (top ${topN}; scores were published for a few countries only, so the map shows ranks)`,
      source,
      licence: licencesOf(
        ranking.entries.map((e) => e.sourceId),
        m.names.source,
      ),
      edition: label,
      caveats: [GVT_CAVEAT, MAP_CAVEAT],
    }
    if (!areas.some((a) => a.value !== null))
      return {
        ...text,
        kind: 'empty',
        reason: `No country in view is in the published top ${topN} of ${label}.`,
      }
    return readyMap(text, areas, {
      view,
      scale: 'linear',
      rank: !byScore,
      legendTitle: byScore ? `Score (0–100), ${label}` : `Rank, ${label} (1 = first)`,
      noDataLabel: outside,
      caption: `${title} (the map's data)`,
      column: {
        header: byScore ? 'Score (as published)' : 'Rank',
        format: (v) => (typeof v === 'number' ? formatScore(v) : `not in the top ${topN}`),
      },
      what: `the published ${measure}s of ${label}`,
    })
  },
})
