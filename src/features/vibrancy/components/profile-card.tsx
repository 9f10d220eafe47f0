/**
 * Why it moves: the selected country's pillar contributions (stacked), its indicator values with
 * editions and sources, and its rank under each preset — beside a second country.
 */
import { memo, useMemo } from 'react'
import { ChartFrame } from '../../../components/chart/chart-frame'
import { SelectField } from '../../../components/fields/select-field'
import { updateView, useView } from '../../../stores/view-store'
import {
  PILLARS,
  scorePrepared,
  type IndexResult,
  type PreparedIndex,
  type RawValues,
} from '../model/composite-index'
import type { InputColumn } from '../model/index-inputs'
import { PRESETS } from '../model/presets'
import { ContributionBars } from './lazy-vibrancy-charts'
import { ProfileTable } from './profile-table'
import { sameData } from '../../../lib/same-data'

interface Props {
  readonly raw: RawValues
  readonly used: readonly InputColumn[]
  readonly prepared: PreparedIndex
  readonly result: IndexResult
  readonly nameOf: (id: string) => string
  readonly sourceLabel: (id: string) => string
  readonly editionLabel: (id: string) => string
}

function ProfileCardView({
  raw,
  used,
  prepared,
  result,
  nameOf,
  sourceLabel,
  editionLabel,
}: Props) {
  const selected = useView((v) => v.selected)
  const compare = useView((v) => v.compare)
  const ranked = new Set(result.ranked.map((r) => r.entityId))
  const ids = [selected, compare].filter((id): id is string => id !== null && ranked.has(id))
  const presetRanks = useMemo(
    () => PRESETS.map((p) => ({ preset: p, ranked: scorePrepared(prepared, p.weights).ranked })),
    [prepared],
  )
  const options = [
    { id: 'none', label: 'Nobody' },
    ...[...result.ranked]
      .map((r) => ({ id: r.entityId, label: nameOf(r.entityId) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ]
  const rows = ids
    .map((id) => result.ranked.find((r) => r.entityId === id))
    .filter((r) => r !== undefined)
  const source = 'Computed here from AI Index indicators'
  // One profile, two cuts of it: the contributions beside the chart, everything below.
  const tableProps = {
    ids,
    raw,
    used,
    result,
    presetRanks,
    nameOf,
    sourceLabel,
    editionLabel,
  }
  return (
    <section className="vib-profile" aria-label="Country profile">
      <h3 className="subhead">Why it ranks where it does</h3>
      <div className="vib-profile__pickers">
        <SelectField
          label="Profile of"
          value={selected && ranked.has(selected) ? selected : 'none'}
          sections={[{ title: 'Country', options }]}
          onChange={(id) => updateView({ selected: id === 'none' ? null : id })}
        />
        <SelectField
          label="Compare with"
          value={compare && ranked.has(compare) ? compare : 'none'}
          sections={[{ title: 'Country', options }]}
          onChange={(id) => updateView({ compare: id === 'none' ? null : id })}
        />
      </div>
      {rows.length === 0 ? (
        <p className="muted">
          Select a country — click a bar, or pick it here — to see its pillar contributions, its
          indicator values and its rank under each preset.
        </p>
      ) : (
        <div className="vib-profile__grid">
          <ChartFrame
            panel="vibrancy"
            title={`Pillar contributions to the index (computed here): ${rows.map((r) => nameOf(r.entityId)).join(' vs ')}`}
            unit="index points; the pillar contributions add up to the index"
            source={source}
            height={rows.length * 60 + 70}
            chart={
              <ContributionBars
                height={rows.length * 60 + 70}
                pillars={PILLARS}
                source={source}
                data={rows.map((r) => ({
                  id: r.entityId,
                  name: `${r.rank}. ${nameOf(r.entityId)}`,
                  ...Object.fromEntries(PILLARS.map((p) => [p.id, r.contributions[p.id] ?? 0])),
                }))}
              />
            }
            table={<ProfileTable {...tableProps} only="contributions" />}
          />
          <ProfileTable {...tableProps} only="all" />
        </div>
      )}
    </section>
  )
}

/** Skips re-renders that bring the same figures. */
export const ProfileCard = memo(ProfileCardView, sameData)
