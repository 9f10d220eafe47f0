/** Why it moves: the selected country's pillar contributions and its rank under each preset, beside a second country. */
import { SelectField } from '../../../components/fields/select-field'
import { formatNumber } from '../../../lib/format'
import { updateView, useView } from '../../../stores/view-store'
import { computeIndex, PILLARS, type IndexResult, type RawValues } from '../model/composite-index'
import { PRESETS } from '../model/presets'

interface Props {
  readonly raw: RawValues
  readonly countries: readonly string[]
  readonly result: IndexResult
  readonly nameOf: (id: string) => string
}

export function ProfileCard({ raw, countries, result, nameOf }: Props) {
  const selected = useView((v) => v.selected)
  const compare = useView((v) => v.compare)
  const ids = [selected, compare].filter(
    (id): id is string => id !== null && result.ranked.some((r) => r.entityId === id),
  )
  const options = [
    { id: 'none', label: 'Nobody' },
    ...result.ranked.map((r) => ({ id: r.entityId, label: nameOf(r.entityId) })),
  ]
  const presetRanks = PRESETS.map((p) => ({
    preset: p,
    ranked: computeIndex(raw, countries, p.weights).ranked,
  }))
  return (
    <div className="profile">
      <div className="profile__pickers">
        <SelectField
          label="Profile of"
          value={selected ?? 'none'}
          sections={[{ title: 'Country', options }]}
          onChange={(id) => updateView({ selected: id === 'none' ? null : id })}
        />
        <SelectField
          label="Compare with"
          value={compare ?? 'none'}
          sections={[{ title: 'Country', options }]}
          onChange={(id) => updateView({ compare: id === 'none' ? null : id })}
        />
      </div>
      {ids.length > 0 ? (
        <table className="data-table">
          <caption>Why it ranks where it does (computed index)</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {ids.map((id) => (
                <th key={id} scope="col" className="num">
                  {nameOf(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PILLARS.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}: contribution (pillar score)</th>
                {ids.map((id) => {
                  const r = result.ranked.find((x) => x.entityId === id)
                  return (
                    <td key={id} className="num">
                      {formatNumber(r?.contributions[p.id], 1)} ({formatNumber(r?.pillars[p.id], 1)}
                      )
                    </td>
                  )
                })}
              </tr>
            ))}
            {presetRanks.map(({ preset, ranked }) => (
              <tr key={preset.id}>
                <th scope="row">Rank, preset “{preset.label}”</th>
                {ids.map((id) => (
                  <td key={id} className="num">
                    {ranked.find((x) => x.entityId === id)?.rank ?? '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">
          Select a country (click a bar, or pick it here) to see why it ranks where it does.
        </p>
      )}
    </div>
  )
}
