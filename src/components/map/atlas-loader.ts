/**
 * The atlases the map draws, converted once per page: 1:110m for the world (108 kB of
 * TopoJSON, in the map's own chunk), 1:50m when zoomed to a region (756 kB, in a chunk of its
 * own, fetched on the first zoom: small members such as Malta and Singapore exist only there).
 * Both come from the world-atlas npm package; nothing is fetched from elsewhere.
 */
import { useEffect, useState } from 'react'
import world110m from 'world-atlas/countries-110m.json'
import { atlasFeatures, isCountriesTopology, type AtlasFeature } from '../../lib/map/atlas'

export interface Atlas {
  readonly scale: '110m' | '50m'
  readonly features: readonly AtlasFeature[]
}

function toAtlas(scale: Atlas['scale'], json: unknown): Atlas {
  if (!isCountriesTopology(json)) throw new Error(`world-atlas ${scale}: not a countries topology`)
  return { scale, features: atlasFeatures(json) }
}

let coarse: Atlas | null = null
let detailed: Atlas | null = null
let detailedLoad: Promise<Atlas> | null = null

function coarseAtlas(): Atlas {
  coarse ??= toAtlas('110m', world110m)
  return coarse
}

function loadDetailed(): Promise<Atlas> {
  detailedLoad ??= import('world-atlas/countries-50m.json').then((m) => {
    detailed = toAtlas('50m', m.default)
    return detailed
  })
  return detailedLoad
}

/**
 * The atlas to draw: 1:110m, or 1:50m when `zoomed` (1:110m until it has loaded; `loading`
 * says so, and the map is marked busy meanwhile).
 */
export function useAtlas(zoomed: boolean): { readonly atlas: Atlas; readonly loading: boolean } {
  const [fine, setFine] = useState<Atlas | 'failed' | null>(detailed)
  useEffect(() => {
    if (!zoomed || fine) return
    let live = true
    loadDetailed().then(
      (a) => live && setFine(a),
      // The coarse atlas stays on screen: the zoom still works, small members are missing.
      () => live && setFine('failed'),
    )
    return () => {
      live = false
    }
  }, [zoomed, fine])
  if (zoomed && fine && fine !== 'failed') return { atlas: fine, loading: false }
  return { atlas: coarseAtlas(), loading: zoomed && fine === null }
}
