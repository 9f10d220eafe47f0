/** Options of the Models & Patents panel: normalisation, highlighted country, cumulative, log. */
import { NormalisationField } from '../../../components/fields/normalisation-field'
import { SelectField } from '../../../components/fields/select-field'
import { Toggle } from '../../../components/fields/toggle'
import type { UpdateView, ViewState } from '../../../domain/view'
import type { ModelsModel } from '../model/models-view'

interface Props {
  readonly model: ModelsModel
  readonly view: ViewState
  readonly update: UpdateView
}

/** Countries any of the panel's country series has a figure for, by name. */
function highlightable(m: ModelsModel) {
  const ids = new Set(
    [m.modelsCum === 'none' ? null : m.modelsCum, m.per100k, m.notable]
      .flatMap((s) => s?.observations ?? [])
      .filter((o) => m.isCountry(o.entityId))
      .map((o) => o.entityId),
  )
  return [...ids]
    .map((id) => ({ id, label: m.nameOf(id) }))
    .sort((a, b) => a.label.localeCompare(b.label))
}

export function ModelsControls({ model, view, update }: Props) {
  return (
    <div
      className="panel-controls models-controls"
      role="group"
      aria-label="Models and patents options"
    >
      <NormalisationField
        value={view.norm}
        onChange={(norm) => update({ norm })}
        options={['absolute', 'per-capita', 'share-of-world']}
      />
      <SelectField
        label="Highlight"
        value={view.selected ?? 'none'}
        sections={[
          {
            title: 'Highlight a country in every panel',
            options: [{ id: 'none', label: 'No highlight' }, ...highlightable(model)],
          },
        ]}
        onChange={(id) => update({ selected: id === 'none' ? null : id })}
      />
      <Toggle
        label="Cumulative models"
        pressed={view.cumulative}
        onChange={(cumulative) => update({ cumulative })}
      />
      <Toggle label="Log scale" pressed={view.log} onChange={(log) => update({ log })} />
    </div>
  )
}
