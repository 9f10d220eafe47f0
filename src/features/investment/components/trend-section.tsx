/**
 * The annual series of the entities in scope as lines, with revised points marked and the
 * quoted claims drawn as annotations where they can be compared (absolute nominal US$ bn).
 */
import { ChartFrame } from '../../../components/chart/chart-frame'
import { DataTable } from '../../../components/data-table'
import { formatNumber } from '../../../lib/format'
import { useView } from '../../../stores/view-store'
import { STATUS_LABEL, type ClaimAnnotation } from '../model/claim-annotations'
import type { TrendSeries } from '../model/investment-view'
import type { ChartContext } from './chart-context'
import { TrendChart } from './lazy-charts'

interface Props {
  readonly ctx: ChartContext
  readonly unit: string
  readonly claims: readonly ClaimAnnotation[]
  /** Claims are comparable only with absolute, nominal, untransformed figures. */
  readonly claimsComparable: boolean
}

export function TrendSection({ ctx, unit, claims, claimsComparable }: Props) {
  const { view, source, caveats, digits, nameOf, revisedNote } = ctx
  const log = useView((v) => v.log)
  const cumulative = useView((v) => v.cumulative)
  const selected = useView((v) => v.selected)
  const first = view.years[0]
  const last = view.years[view.years.length - 1]
  if (view.trend.length === 0)
    return (
      <p className="muted">
        {`${ctx.editionLabel} reports one year per country here: no trend to draw. AI Index 2026 has the US, China, Europe and World for 2013–2025.`}
      </p>
    )
  const title = `${cumulative ? 'Cumulative AI private investment' : 'AI private investment'}, ${String(first)}–${String(last)}`
  const ids = new Set(view.trend.map((s) => s.entityId))
  const annotations = claimsComparable
    ? claims
        .filter((c) => ids.has(c.entityId) && view.years.includes(c.year))
        .map((c) => ({
          id: c.id,
          text: `$${String(c.claimed)}bn claimed for ${nameOf(c.entityId)}, ${STATUS_LABEL[c.status]}`,
          year: c.year,
          value: c.claimed,
          label: `[${String(claims.indexOf(c) + 1)}]`,
        }))
    : []
  return (
    <ChartFrame
      panel="investment"
      title={title}
      unit={unit}
      source={source}
      caveats={[
        ...caveats,
        '◆ figure revised since the previous AI Index edition (hover for both figures).',
        ...(annotations.length > 0
          ? [
              `Dashed rings [n]: figures quoted in the debate (claims, not data): ${annotations.map((a) => `${a.label} ${a.text}`).join('; ')}.`,
            ]
          : []),
      ]}
      height={360}
      chart={
        <TrendChart
          years={view.years}
          lines={view.trend.map((s) => ({
            id: s.entityId,
            name: nameOf(s.entityId),
            values: s.values,
            revised: view.years.map((y) => revisedNote(s.entityId, y)),
            highlighted: s.entityId === selected,
          }))}
          annotations={annotations}
          unit={unit}
          source={source}
          height={360}
          log={log}
        />
      }
      table={
        <DataTable
          caption={`${title}, ${unit}`}
          rowHeaderLabel="Country or aggregate"
          rows={view.trend}
          rowKey={(s) => s.entityId}
          rowHeader={(s) => nameOf(s.entityId)}
          columns={view.years.map((y, i) => ({
            id: String(y),
            header: String(y),
            numeric: true,
            cell: (s: TrendSeries) =>
              `${formatNumber(s.values[i], digits)}${revisedNote(s.entityId, y) ? ' ◆' : ''}`,
          }))}
        />
      }
      exportData={{
        header: ['entity', ...view.years.map(String)],
        rows: view.trend.map((s) => [nameOf(s.entityId), ...s.values]),
      }}
    />
  )
}
