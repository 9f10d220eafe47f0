/**
 * The one normalisation switch shared by every panel through the URL (`norm`): absolute,
 * per capita, % of GDP, share of world. Panels pass the options that make sense for them.
 */
import type { Normalisation } from '../../stores/url-codec'
import { updateView, useView } from '../../stores/view-store'
import { SelectField } from './select-field'

export const NORMALISATION_LABELS: Readonly<Record<Normalisation, string>> = {
  absolute: 'Absolute',
  'per-capita': 'Per capita',
  'share-of-gdp': '% of GDP',
  'share-of-world': 'Share of world',
}

interface NormalisationFieldProps {
  /** The options this panel supports (the URL value is kept even if a panel lacks it). */
  readonly options?: readonly Normalisation[]
}

export function NormalisationField({
  options = ['absolute', 'per-capita', 'share-of-gdp', 'share-of-world'],
}: NormalisationFieldProps) {
  const norm = useView((v) => v.norm)
  const value = options.includes(norm) ? norm : 'absolute'
  return (
    <SelectField
      label="Normalise"
      value={value}
      sections={[
        {
          title: 'Normalisation',
          options: options.map((id) => ({ id, label: NORMALISATION_LABELS[id] })),
        },
      ]}
      onChange={(id) => updateView({ norm: id as Normalisation })}
    />
  )
}
