/** The panel's toolbar: normalisation, prices, cumulative, log scale, index to a base year. */
import { NormalisationField } from '../../../components/fields/normalisation-field'
import { SelectField } from '../../../components/fields/select-field'
import type { PriceBasis } from '../../../stores/url-codec'
import { updateView, useView } from '../../../stores/view-store'

function Toggle({
  label,
  pressed,
  onChange,
}: {
  readonly label: string
  readonly pressed: boolean
  readonly onChange: (on: boolean) => void
}) {
  return (
    <button
      type="button"
      className="button toggle"
      aria-pressed={pressed}
      onClick={() => onChange(!pressed)}
    >
      {label}
    </button>
  )
}

export function InvestmentControls({ years }: { readonly years: readonly number[] }) {
  const price = useView((v) => v.price)
  const cumulative = useView((v) => v.cumulative)
  const log = useView((v) => v.log)
  const base = useView((v) => v.base)
  return (
    <div className="panel-controls" role="group" aria-label="Private investment options">
      <NormalisationField />
      <SelectField
        label="Prices"
        value={price}
        sections={[
          {
            title: 'Prices',
            options: [
              { id: 'nominal', label: 'Nominal US$' },
              { id: 'real', label: 'Constant 2021 US$ (US, China, Europe, World)' },
            ],
          },
        ]}
        onChange={(id) => updateView({ price: id as PriceBasis })}
      />
      <SelectField
        label="Index to year"
        value={base === null ? 'off' : String(base)}
        sections={[
          {
            title: 'Base year (= 100)',
            options: [
              { id: 'off', label: 'Off' },
              ...years.map((y) => ({ id: String(y), label: String(y) })),
            ],
          },
        ]}
        onChange={(id) => updateView({ base: id === 'off' ? null : Number(id) })}
      />
      <Toggle
        label="Cumulative"
        pressed={cumulative}
        onChange={(on) => updateView({ cumulative: on })}
      />
      <Toggle label="Log scale" pressed={log} onChange={(on) => updateView({ log: on })} />
    </div>
  )
}
