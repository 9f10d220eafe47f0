/** The panel's toolbar: normalisation, prices, cumulative, log scale, index to a base year. */
import { NormalisationField } from '../../../components/fields/normalisation-field'
import { SelectField } from '../../../components/fields/select-field'
import { Toggle } from '../../../components/fields/toggle'
import { PRICE_BASES, type UpdateView, type ViewState } from '../../../domain/view'

interface Props {
  readonly view: ViewState
  readonly update: UpdateView
  readonly years: readonly number[]
}

export function InvestmentControls({ view, update, years }: Props) {
  return (
    <div className="panel-controls" role="group" aria-label="Private investment options">
      <NormalisationField value={view.norm} onChange={(norm) => update({ norm })} />
      <SelectField
        label="Prices"
        value={view.price}
        sections={[
          {
            title: 'Prices',
            options: [
              { id: 'nominal', label: 'Nominal US$' },
              { id: 'real', label: 'Constant 2021 US$ (US, China, Europe, World)' },
            ],
          },
        ]}
        onChange={(id) => update({ price: PRICE_BASES.find((p) => p === id) ?? 'nominal' })}
      />
      <SelectField
        label="Index to year"
        value={view.base === null ? 'off' : String(view.base)}
        sections={[
          {
            title: 'Base year (= 100)',
            options: [
              { id: 'off', label: 'Off' },
              ...years.map((y) => ({ id: String(y), label: String(y) })),
            ],
          },
        ]}
        onChange={(id) => update({ base: id === 'off' ? null : Number(id) })}
      />
      <Toggle
        label="Cumulative"
        pressed={view.cumulative}
        onChange={(cumulative) => update({ cumulative })}
      />
      <Toggle label="Log scale" pressed={view.log} onChange={(log) => update({ log })} />
    </div>
  )
}
