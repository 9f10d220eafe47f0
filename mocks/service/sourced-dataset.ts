/** The sourced fixtures generated from data/sources by `npm run data`. */
import { claims } from '../data/claims'
import { editions } from '../data/editions'
import { entities, groups } from '../data/entities'
import { indicators } from '../data/indicators'
import { observations } from '../data/observations'
import { pledges } from '../data/pledges'
import { referenceSeries } from '../data/reference'
import { sources } from '../data/sources'
import { vibrancy } from '../data/vibrancy'
import type { Dataset } from './dataset'

/** The real, sourced dataset: the only one the normal app can reach. */
export const sourcedDataset: Dataset = {
  editions,
  sources,
  entities,
  groups,
  indicators,
  observations,
  referenceSeries,
  vibrancy,
  pledges,
  claims,
}
