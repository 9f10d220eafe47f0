/** The trend chart's tooltip: every series' exact value with its unit, revisions and source. */
import { formatExact } from '../../../lib/format'
import type { TrendChartProps } from './trend-chart'

export function TrendTooltip({
  active,
  label,
  lines,
  years,
  unit,
  source,
}: {
  readonly active: boolean | undefined
  readonly label: unknown
} & Omit<TrendChartProps, 'annotations' | 'height' | 'log'>) {
  if (!active) return null
  const i = years.indexOf(Number(label))
  return (
    <div className="inv-tooltip">
      <p className="inv-tooltip__title">{String(label)}</p>
      <ul>
        {lines.map((l) => (
          <li key={l.id}>
            <strong>{l.name}</strong>: {formatExact(l.values[i])} {unit}
            {l.revised[i] ? <span className="inv-tooltip__revised"> ◆ {l.revised[i]}</span> : null}
          </li>
        ))}
      </ul>
      <p className="inv-tooltip__source">Source: {source}</p>
    </div>
  )
}
