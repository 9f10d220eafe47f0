/**
 * The one normalisation switch shared by every panel (`norm` in the URL): absolute, per capita,
 * % of GDP, share of world. Panels pass the options that make sense for them.
 */
import type { Normalisation } from '../../domain/view'
import { SelectField } from './select-field'

export const NORMALISATION_LABELS: Readonly<Record<Normalisation, string>> = {
  absolute: 'Absolute',
  'per-capita': 'Per capita',
  'share-of-gdp': '% of GDP',
  'share-of-world': 'Share of world',
}

interface NormalisationFieldProps {
  readonly value: Normalisation
  readonly onChange: (norm: Normalisation) => void
  /** The options this panel supports (the URL value is kept even if a panel lacks it). */
  readonly options?: readonly Normalisation[]
}

export function NormalisationField({
  value,
  onChange,
  options = ['absolute', 'per-capita', 'share-of-gdp', 'share-of-world'],
}: NormalisationFieldProps) {
  return (
    <SelectField
      label="Normalise"
      value={options.includes(value) ? value : 'absolute'}
      sections={[
        {
          title: 'Normalisation',
          options: options.map((id) => ({ id, label: NORMALISATION_LABELS[id] })),
        },
      ]}
      onChange={(id) => onChange(options.find((o) => o === id) ?? 'absolute')}
    />
  )
}
