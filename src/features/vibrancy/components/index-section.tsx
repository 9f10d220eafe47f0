/**
 * The open index, computed here: weights, the ranked index with robustness ranges, the
 * cross-check against the published ranks, the insufficient-data list and the method.
 */
import { useDeferredValue, useMemo } from 'react'
import { ChartFrame } from '../../../components/chart/chart-frame'
import { RankedBars } from '../../../components/chart/lazy-charts'
import { DataTable } from '../../../components/data-table'
import { formatNumber } from '../../../lib/format'
import { updateView, useView } from '../../../stores/view-store'
import {
  computeIndex,
  INDEX_INDICATORS,
  normaliseAll,
  type IndexRow,
  type RawValues,
  type Weights,
} from '../model/composite-index'
import type { InputColumn } from '../model/index-inputs'
import { effectiveWeights } from '../model/presets'
import { describeRange, rankRanges } from '../model/robustness'
import { spearman } from '../model/spearman'
import { MethodDisclosure } from './method-disclosure'
import { ProfileCard } from './profile-card'
import { WeightsControl } from './weights-control'

interface Props {
  readonly raw: RawValues
  readonly used: readonly InputColumn[]
  readonly countries: readonly string[]
  readonly published: ReadonlyMap<string, number>
  readonly publishedLabel: string
  readonly nameOf: (id: string) => string
  readonly perCapita: boolean
}

export function IndexSection({
  raw,
  used,
  countries,
  published,
  publishedLabel,
  nameOf,
  perCapita,
}: Props) {
  const urlWeights = useView((v) => v.weights)
  const selected = useView((v) => v.selected)
  const weights: Weights = effectiveWeights(urlWeights)
  const result = useMemo(() => computeIndex(raw, countries, weights), [raw, countries, weights])
  // The Monte Carlo runs on the deferred weights, so dragging a slider stays smooth.
  const deferredWeights = useDeferredValue(weights)
  const ranges = useMemo(() => {
    const eligible = result.ranked.map((r) => r.entityId)
    return rankRanges(normaliseAll(raw, eligible), eligible, deferredWeights, { draws: 1000 })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when the ranked set or deferred weights change
  }, [raw, deferredWeights, result.ranked.length])
  const check = spearman(published, new Map(result.ranked.map((r) => [r.entityId, r.rank])))
  const top = result.ranked.slice(0, 20)
  const title = `Computed here: an open AI index of ${result.ranked.length} countries${perCapita ? ' (per capita)' : ''}`
  const unit = 'index, 0–100 (100 = best in view on every indicator)'
  const cell = (r: IndexRow, k: 'economy' | 'research') => formatNumber(r.pillars[k], 1)
  const indexTable = (
    <DataTable
      caption={`${title}: ranks, pillar scores and robustness (weights ±25%, 1,000 draws)`}
      rowHeaderLabel="Country"
      rows={result.ranked}
      rowKey={(r) => r.entityId}
      rowHeader={(r) => nameOf(r.entityId)}
      rowClassName={(r) => (r.entityId === selected ? 'row--selected' : undefined)}
      columns={[
        { id: 'rank', header: 'Rank', numeric: true, cell: (r) => r.rank },
        { id: 'index', header: 'Index', numeric: true, cell: (r) => formatNumber(r.index, 1) },
        { id: 'economy', header: 'Economy', numeric: true, cell: (r) => cell(r, 'economy') },
        { id: 'research', header: 'R&D', numeric: true, cell: (r) => cell(r, 'research') },
        {
          id: 'robust',
          header: 'Robustness',
          cell: (r) => {
            const range = ranges.get(r.entityId)
            return range ? describeRange(range) : '…'
          },
        },
        {
          id: 'published',
          header: 'Published rank',
          numeric: true,
          cell: (r) => published.get(r.entityId) ?? '—',
        },
      ]}
    />
  )
  return (
    <section className="index-builder" aria-label="Computed index">
      <h3 className="subhead">Computed here: an index you can open up and re-weight</h3>
      <WeightsControl urlWeights={urlWeights} />
      <p className="cross-check" role="status">
        {check.rho === null
          ? `Too few countries in common with the published ranking (${check.n}) to compare.`
          : `Against ${publishedLabel}: Spearman ρ = ${formatNumber(check.rho, 2)} on the ${check.n} countries ranked by both; the computed order agrees on ${check.samePlace} of ${check.n} places.`}
      </p>
      <div className="panel__grid">
        <ChartFrame
          panel="vibrancy"
          title={title}
          unit={unit}
          source={`Computed here from AI Index indicators (${used.map((u) => `${u.id}: ${u.edition} ${u.period ?? u.year}`).join('; ')})`}
          caveats={[
            'Not the Global AI Vibrancy Tool: four open indicators in two pillars, min–max over the countries in view.',
          ]}
          height={Math.max(200, top.length * 24 + 30)}
          chart={
            <RankedBars
              data={top.map((r) => ({
                id: r.entityId,
                name: `${r.rank}. ${nameOf(r.entityId)}`,
                value: r.index,
                highlighted: r.entityId === selected,
              }))}
              unit="index points"
              height={Math.max(200, top.length * 24 + 30)}
              digits={1}
              anySelected={selected !== null}
              onSelect={(id) => updateView({ selected: id === selected ? null : id })}
            />
          }
          table={indexTable}
          exportData={{
            header: ['rank', 'country', 'index', 'economy', 'R&D'],
            rows: result.ranked.map((r) => [
              r.rank,
              nameOf(r.entityId),
              r.index,
              r.pillars.economy,
              r.pillars.research,
            ]),
          }}
        />
        <div className="panel__side" role="region" aria-label="Computed index, table" tabIndex={0}>
          {indexTable}
        </div>
      </div>
      {result.insufficient.length > 0 ? (
        <p className="muted insufficient">
          <strong>Insufficient data</strong> (more than half of the {INDEX_INDICATORS.length}{' '}
          indicators missing), not ranked:{' '}
          {result.insufficient.map((i) => nameOf(i.entityId)).join(', ')}.
        </p>
      ) : null}
      <ProfileCard raw={raw} countries={countries} result={result} nameOf={nameOf} />
      <MethodDisclosure used={used} perCapita={perCapita} />
    </section>
  )
}
