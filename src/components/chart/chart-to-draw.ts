/**
 * A figure's renderer with the data it draws, its data type erased: what the frame hands the
 * Export menu so the 3840×2160 image can draw the chart again at that size.
 */
import type { ChartComponent } from '../figure/figure-types'

export interface ChartToDraw {
  readonly Chart: ChartComponent<unknown>
  readonly data: unknown
}

/** Pairs a renderer with its data (checked against each other here, then erased). */
export function chartToDraw<D>(Chart: ChartComponent<D>, data: D): ChartToDraw {
  return { Chart: Chart as ChartComponent<unknown>, data }
}
