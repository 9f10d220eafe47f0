/** Who the profile is of, and whom it is compared with (the shared `selected` and `compare`). */
import { SelectField } from '../../../components/fields/select-field'
import type { UpdateView, ViewState } from '../../../domain/view'
import type { VibrancyModel } from '../model/vibrancy-view'

const NONE = 'none'

interface Props {
  readonly model: VibrancyModel
  readonly view: Pick<ViewState, 'selected' | 'compare'>
  readonly update: UpdateView
}

export function ProfilePickers({ model: m, view, update }: Props) {
  const ranked = new Set((m.scored?.ranked ?? []).map((r) => r.entityId))
  const options = [
    { id: NONE, label: 'Nobody' },
    ...[...ranked]
      .map((id) => ({ id, label: m.nameOf(id) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ]
  const value = (id: string | null) => (id !== null && ranked.has(id) ? id : NONE)
  return (
    <div className="vib-profile__pickers">
      <SelectField
        label="Profile of"
        value={value(view.selected)}
        sections={[{ title: 'Country', options }]}
        onChange={(id) => update({ selected: id === NONE ? null : id })}
      />
      <SelectField
        label="Compare with"
        value={value(view.compare)}
        sections={[{ title: 'Country', options }]}
        onChange={(id) => update({ compare: id === NONE ? null : id })}
      />
    </div>
  )
}
