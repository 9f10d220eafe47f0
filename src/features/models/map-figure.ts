/**
 * The Models & Patents panel's map: granted AI patents per 100,000 inhabitants by country, as
 * the edition publishes them, for the year of the view (the latest year with figures at or
 * before it). Binned in log steps when the rates span orders of magnitude (Korea 14, Indonesia
 * 0.0004). PowerPoint gets it as an image.
 */
import { defineFigure } from '../../components/figure/figure-spec'
import { MapChart, type MapData } from '../../components/map/lazy-map'
import { MAP_CAVEAT, mapAreas, readyMap } from '../../components/map/map-state'
import { formatValue } from '../../lib/format'
import { licencesOf } from '../../lib/sources'
import { latestYear, yearShown } from '../../lib/years'
import { PATENT_CAVEATS } from './components/caveats'
import type { ModelsModel } from './model/models-view'

const UNIT = 'granted AI patents per 100k inhabitants'

export const mapFigure = defineFigure<ModelsModel, MapData>({
  id: 'models.map',
  panel: 'models',
  label: 'Granted AI patents per 100,000 inhabitants by country, one year (map)',
  kind: 'map',
  needs: ['meta', 'per100k'],
  selectable: true,
  height: () => 480,
  Chart: MapChart,
  state: (m, view) => {
    const per100k = m.per100k
    if (!per100k || !m.names) return null
    const label = m.editionLabel(per100k.edition)
    const observations = per100k.observations
    const year = latestYear(observations, view.year)
    const text = {
      title: 'Map: granted AI patents per 100k inhabitants',
      unit: `${UNIT}, as published`,
      source: `AI Index — ${label}`,
      licence: licencesOf(
        observations.map((o) => o.sourceId),
        m.names.source,
      ),
      edition: label,
      caveats: [...PATENT_CAVEATS, MAP_CAVEAT],
    }
    if (year === null)
      return {
        ...text,
        kind: 'empty',
        reason: `${label} publishes no patents per 100,000 inhabitants${view.year === null ? '' : ` for ${view.year} or before`}.`,
      }
    const values = new Map<string, number>()
    for (const o of observations)
      if (o.year === year && o.value !== null) values.set(o.entityId, o.value)
    const areas = mapAreas({
      countries: m.names.entities,
      includes: m.includes,
      values,
      nameOf: m.nameOf,
      valueText: (v) => `${formatValue(v)} per 100k`,
      exactText: (v) => `${formatValue(v)} ${UNIT}`,
      selected: view.selected,
    })
    const n = areas.filter((a) => a.value !== null).length
    const title = `Map: granted AI patents per 100k inhabitants, ${yearShown(year, view.year)}: ${n} ${n === 1 ? 'country' : 'countries'} with a figure`
    if (n === 0)
      return { ...text, title, kind: 'empty', reason: 'No country in view has a figure.' }
    return readyMap({ ...text, title }, areas, {
      view,
      scale: 'log-if-skewed',
      legendTitle: `Patents per 100k inhabitants, ${year}`,
      caption: `Granted AI patents per 100,000 inhabitants, ${year} (the map's data), ${label}`,
      column: {
        header: 'Per 100k',
        format: (v) => (typeof v === 'string' ? v : formatValue(v)),
      },
      what: `granted AI patents per 100,000 inhabitants in ${year}`,
    })
  },
})
