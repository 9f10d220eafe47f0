/**
 * The open index, computed here: weights beside the ranked index (chart ⇄ table) with
 * robustness ranges, the cross-check against the published ranks of the same data year, the
 * insufficient-data list, the method, and the country profile.
 */
import { memo, useDeferredValue, useMemo } from 'react'
import type { VibrancyResponse } from '../../../api/schemas'
import { sameData } from '../../../lib/same-data'
import { useView } from '../../../stores/view-store'
import { prepareIndex, scorePrepared, type RawValues } from '../model/composite-index'
import type { InputColumn } from '../model/index-inputs'
import { effectiveWeights } from '../model/presets'
import { rankRanges } from '../model/robustness'
import { crossCheckReading, spearman } from '../model/spearman'
import { IndexFrame } from './index-frame'
import { MethodDisclosure } from './method-disclosure'
import { ProfileCard } from './profile-card'
import { WeightsControl } from './weights-control'

interface Props {
  readonly raw: RawValues
  readonly used: readonly InputColumn[]
  readonly countries: readonly string[]
  readonly refYear: number | null
  /** The selected GVT edition first. */
  readonly gvtEditions: readonly VibrancyResponse[]
  readonly editionLabel: (id: string) => string
  readonly sourceLabel: (id: string) => string
  readonly nameOf: (id: string) => string
  readonly perCapita: boolean
}

function IndexSectionView(props: Props) {
  const { raw, used, countries, refYear, gvtEditions, editionLabel, nameOf, perCapita } = props
  const urlWeights = useView((v) => v.weights)
  const weights = useMemo(() => effectiveWeights(urlWeights), [urlWeights])
  // Normalise once per data change; a slider move only re-scores (well under 1 ms).
  const prepared = useMemo(() => prepareIndex(raw, countries), [raw, countries])
  const result = useMemo(() => scorePrepared(prepared, weights), [prepared, weights])
  // The Monte Carlo follows the deferred weights, so dragging stays smooth.
  const deferredWeights = useDeferredValue(weights)
  const ranges = useMemo(() => rankRanges(prepared, deferredWeights), [prepared, deferredWeights])
  // Cross-check against the published ranking of the same data year where there is one.
  const sameYear = gvtEditions.find((g) => g.dataYear === refYear)
  const gvt = sameYear ?? gvtEditions[0]
  const published = useMemo(
    () => new Map(gvt?.entries.map((e) => [e.entityId, e.rank]) ?? []),
    [gvt],
  )
  const check = spearman(published, new Map(result.ranked.map((r) => [r.entityId, r.rank])))
  const gvtLabel = gvt ? `the published ${editionLabel(gvt.edition)} (${gvt.dataYear} data)` : ''
  const reading = gvt
    ? crossCheckReading(check, { label: gvtLabel, topN: gvt.publishedTopN }) +
      (sameYear || refYear === null
        ? ''
        : ` No published ranking exists for ${refYear} data, the year of this index: read with care.`)
    : null
  return (
    <section className="vib-index" aria-label="Computed index">
      <h3 className="subhead">
        Computed here: an open index you can inspect and re-weight{perCapita ? ' (per capita)' : ''}
      </h3>
      <div className="vib-index__grid">
        <div className="vib-index__aside">
          <WeightsControl urlWeights={urlWeights} />
          {reading ? (
            <p className="vib-crosscheck" role="status" aria-label="Cross-check">
              {reading}
            </p>
          ) : null}
          <MethodDisclosure
            used={used}
            raw={raw}
            countries={countries}
            perCapita={perCapita}
            editionLabel={editionLabel}
          />
        </div>
        <IndexFrame
          result={result}
          ranges={ranges}
          published={published}
          publishedHeader={
            gvt
              ? `${editionLabel(gvt.edition).replace('Global AI Vibrancy Tool', 'GVT')} rank`
              : 'Published rank'
          }
          used={used}
          nameOf={nameOf}
          perCapita={perCapita}
        />
      </div>
      {result.insufficient.length > 0 ? (
        <p className="vib-insufficient" role="note" aria-label="Insufficient data">
          <strong>Insufficient data</strong> — more than half of the 4 indicators missing, so not
          ranked: {result.insufficient.map((i) => nameOf(i.entityId)).join(', ')}.
        </p>
      ) : null}
      <ProfileCard
        raw={raw}
        used={used}
        prepared={prepared}
        result={result}
        nameOf={nameOf}
        sourceLabel={props.sourceLabel}
        editionLabel={editionLabel}
      />
    </section>
  )
}

/** Skips re-renders that bring the same figures (a filter change that does not touch this section). */
export const IndexSection = memo(IndexSectionView, sameData)
