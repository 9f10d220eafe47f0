/**
 * Every recharts renderer, in one module: the one lazy chunk that holds recharts (see
 * ../lazy-charts.tsx). Nothing else imports these directly.
 */
export { Bars } from './bars'
export { Lines } from './lines'
export { LabelledScatter } from './scatter'
export { Slope } from './slope'
export { StackedBars } from './stacked-bars'
