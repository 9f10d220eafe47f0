/** Options of the Models & Patents panel: normalisation, log–log scatter, highlighted country. */
import { NormalisationField } from '../../../components/fields/normalisation-field'
import { SelectField } from '../../../components/fields/select-field'
import { updateView, useView } from '../../../stores/view-store'

export function ModelsControls({
  countries,
}: {
  readonly countries: readonly { id: string; label: string }[]
}) {
  const log = useView((v) => v.log)
  const selected = useView((v) => v.selected)
  return (
    <div className="panel-controls" role="group" aria-label="Models and patents options">
      <NormalisationField options={['absolute', 'per-capita']} />
      <SelectField
        label="Highlight"
        value={selected ?? 'none'}
        sections={[
          {
            title: 'Highlight a country in every panel',
            options: [{ id: 'none', label: 'No highlight' }, ...countries],
          },
        ]}
        onChange={(id) => updateView({ selected: id === 'none' ? null : id })}
      />
      <button
        type="button"
        className="button toggle"
        aria-pressed={log}
        onClick={() => updateView({ log: !log })}
      >
        Log scale
      </button>
    </div>
  )
}
