/** The profile as a table: contributions, indicator values (unit, edition, source), preset ranks. */
import { formatExact, formatNumber } from '../../../lib/format'
import {
  INDEX_INDICATORS,
  PILLARS,
  type IndexResult,
  type IndexRow,
  type RawValues,
} from '../model/composite-index'
import type { InputColumn } from '../model/index-inputs'
import type { Preset } from '../model/presets'

interface Props {
  readonly ids: readonly string[]
  readonly raw: RawValues
  readonly used: readonly InputColumn[]
  readonly result: IndexResult
  readonly presetRanks: readonly { readonly preset: Preset; readonly ranked: readonly IndexRow[] }[]
  readonly nameOf: (id: string) => string
  readonly sourceLabel: (id: string) => string
  readonly editionLabel: (id: string) => string
  /** "contributions": the chart's table alternative; "all": the full profile. */
  readonly only: 'contributions' | 'all'
}

export function ProfileTable({
  ids,
  raw,
  used,
  result,
  presetRanks,
  nameOf,
  sourceLabel,
  editionLabel,
  only,
}: Props) {
  const row = (id: string) => result.ranked.find((r) => r.entityId === id)
  const cells = (value: (id: string) => string | number) =>
    ids.map((id) => (
      <td key={id} className="num">
        {value(id)}
      </td>
    ))
  return (
    <table className="data-table vib-profile__table">
      <caption>
        {only === 'all'
          ? 'Country profile (computed index)'
          : 'Pillar contributions (computed here)'}
        : {ids.map(nameOf).join(' vs ')}
      </caption>
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
        <tr>
          <th scope="row">Index (rank)</th>
          {cells((id) => `${formatNumber(row(id)?.index, 1)} (#${row(id)?.rank ?? '—'})`)}
        </tr>
        {PILLARS.map((p) => (
          <tr key={p.id}>
            <th scope="row">{p.label}: contribution, points (pillar score)</th>
            {cells(
              (id) =>
                `${formatNumber(row(id)?.contributions[p.id], 1)} (${formatNumber(row(id)?.pillars[p.id], 1)})`,
            )}
          </tr>
        ))}
        {only === 'all'
          ? INDEX_INDICATORS.map((i) => {
              const u = used.find((x) => x.id === i.id)
              return (
                <tr key={i.id}>
                  <th scope="row">
                    {i.label}
                    <span className="vib-profile__src">
                      {u
                        ? `${u.unit} · ${editionLabel(u.edition)}, ${u.period ?? u.year} · ${u.sourceIds.map(sourceLabel).join('; ')}`
                        : 'no data in this view'}
                    </span>
                  </th>
                  {cells((id) => formatExact(raw.get(i.id)?.get(id) ?? null))}
                </tr>
              )
            })
          : null}
        {only === 'all'
          ? presetRanks.map(({ preset, ranked }) => (
              <tr key={preset.id}>
                <th scope="row">Rank, preset “{preset.label}”</th>
                {cells((id) => ranked.find((x) => x.entityId === id)?.rank ?? '—')}
              </tr>
            ))
          : null}
      </tbody>
    </table>
  )
}
