/** Caveats that travel with the panel's charts and exports. */
export const PATENT_CAVEATS = [
  'Granted patents only, never applications (CSET/OWID count applications: not comparable).',
  'Recent years lag: patents are granted years after filing.',
]

export const MODEL_CAVEATS = [
  'A model with authors in several countries can count for each of them.',
  'Epoch AI’s notable-models list is back-filled, so recent years rise as it is updated.',
]

/** What the models-per-dollar ratio leaves out (also in the scatter's tooltip). */
export const LEAVES_OUT =
  'Leaves out state funding, big-tech internal spending, compute and open-weight releases.'
