/** Options of the Models & Patents panel: normalisation, highlighted country, cumulative, log. */
import { NormalisationField } from '../../../components/fields/normalisation-field'
import { SelectField } from '../../../components/fields/select-field'
import { updateView, useView } from '../../../stores/view-store'

export function ModelsControls({
  countries,
}: {
  readonly countries: readonly { id: string; label: string }[]
}) {
  const log = useView((v) => v.log)
  const cumulative = useView((v) => v.cumulative)
  const selected = useView((v) => v.selected)
  return (
    <div
      className="panel-controls models-controls"
      role="group"
      aria-label="Models and patents options"
    >
      <NormalisationField options={['absolute', 'per-capita', 'share-of-world']} />
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
        aria-pressed={cumulative}
        onClick={() => updateView({ cumulative: !cumulative })}
      >
        Cumulative models
      </button>
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
