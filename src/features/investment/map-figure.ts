/**
 * The Private Investment panel's map: the year's private AI investment by country, in the
 * view's normalisation (absolute, per capita, % of GDP, share of world) and edition, binned in
 * log steps when the figures span orders of magnitude. A figure like the others (slides,
 * exports); PowerPoint gets it as an image.
 */
import { defineFigure } from '../../components/figure/figure-spec'
import { MapChart, type MapData } from '../../components/map/lazy-map'
import { MAP_CAVEAT, mapAreas, readyMap } from '../../components/map/map-state'
import { formatValue } from '../../lib/format'
import type { InvestmentModel } from './model/investment-view'

export const mapFigure = defineFigure<InvestmentModel, MapData>({
  id: 'investment.map',
  panel: 'investment',
  label: 'Private investment by country, one year (map)',
  kind: 'map',
  needs: ['meta', 'series', 'reference'],
  selectable: true,
  height: () => 480,
  Chart: MapChart,
  state: (m, view) => {
    const series = m.series
    if (series === null || m.names === null) return null
    const text = {
      title: 'Map',
      unit: m.unit,
      source: m.source,
      licence: m.licence,
      edition: m.editionText,
      caveats: [...m.caveats, MAP_CAVEAT],
    }
    if (series === 'none')
      return {
        ...text,
        kind: 'empty',
        reason: `${m.editionText} has no private-investment figure in this view.`,
      }
    const values = new Map<string, number>()
    for (const r of series.ranked)
      if (r.origin === 'reported' && r.value !== null) values.set(r.entityId, r.value)
    const areas = mapAreas({
      countries: m.names.entities,
      includes: m.includes,
      values,
      nameOf: m.nameOf,
      valueText: (v) => `${formatValue(v)} ${m.unit}`,
      exactText: (v) => `${formatValue(v)} ${m.unit}`,
      selected: view.selected,
    })
    const n = areas.filter((a) => a.value !== null).length
    const title = `Map, ${series.year}: ${n} ${n === 1 ? 'country' : 'countries'} with a figure`
    if (n === 0)
      return {
        ...text,
        title,
        kind: 'empty',
        reason: `No country in view has a private-investment figure for ${series.year} in ${m.editionText}.`,
      }
    return readyMap({ ...text, title }, areas, {
      view,
      scale: 'log-if-skewed',
      legendTitle: `${m.unit}, ${series.year}`,
      caption: `${title} (the map's data), ${m.unit}, ${m.editionText}`,
      column: {
        header: m.unit,
        format: (v) => formatValue(typeof v === 'number' ? v : null),
      },
      what: `${m.unit} by country in ${series.year}`,
    })
  },
})
