/**
 * Output per dollar: cumulative notable models (AI Index 2026, 2003–2025) against cumulative
 * private investment, with the investment total the user picks — both periods are printed.
 */
import { ChartFrame } from '../../../components/chart/chart-frame'
import { SelectField } from '../../../components/fields/select-field'
import { DataTable } from '../../../components/data-table'
import { formatCount, formatNumber } from '../../../lib/format'
import { entityName } from '../../../queries/meta'
import { updateView, useView } from '../../../stores/view-store'
import {
  INVESTMENT_BASES,
  outputPoints,
  periodOf,
  type InvestmentBasis,
} from '../model/output-per-dollar'
import { LEAVES_OUT } from './caveats'
import { LazyOutputScatter } from './lazy-output-scatter'
import type { useModelsData } from './use-models-data'

const BASIS_LABELS: Readonly<Record<InvestmentBasis, string>> = {
  'aiindex-2026': 'AI Index 2026: 2013–2025, 15 countries',
  'aiindex-2025': 'AI Index 2025: 2013–2024, 84 countries',
}

interface Props {
  readonly data: ReturnType<typeof useModelsData>
  readonly include: (id: string) => boolean
  readonly basis: InvestmentBasis
  readonly onBasis: (b: InvestmentBasis) => void
}

export function OutputSection({ data: d, include, basis, onBasis }: Props) {
  const selected = useView((v) => v.selected)
  const log = useView((v) => v.log)
  const nameOf = (id: string) => entityName(d.meta.data, id)
  const inv = d.investCum.data?.observations ?? []
  const mod = d.modelsCum.data?.observations ?? []
  const points = outputPoints(inv, mod, include)
  const invPeriod = periodOf(inv) ?? 'no data'
  const modPeriod = periodOf(mod) ?? 'no data'
  const basisName = basis === 'aiindex-2026' ? 'AI Index 2026' : 'AI Index 2025'
  const xLabel = `Private investment ${invPeriod}, US$ bn`
  const yLabel = `Notable models ${modPeriod}`
  const title = 'Output per dollar: cumulative notable models against cumulative private investment'
  const periodsNote =
    invPeriod === modPeriod
      ? `Both totals cover ${invPeriod}.`
      : `The periods differ: investment ${invPeriod} (${basisName}), models ${modPeriod} (AI Index 2026).`
  return (
    <section className="models-section" aria-labelledby="models-output-h">
      <h3 id="models-output-h" className="subhead">
        Output per dollar
      </h3>
      <ChartFrame
        panel="models"
        title={title}
        unit={`x: ${xLabel} (${basisName}); y: ${yLabel} (AI Index 2026)${log ? '; log–log' : ''}. ${periodsNote}`}
        source={`${basisName} (Quid, cumulative private investment); AI Index 2026 (Epoch AI, fig. 1.1.3)`}
        caveats={[
          `Models per $10bn is computed here. ${LEAVES_OUT}`,
          'Countries with both totals only.',
        ]}
        height={400}
        tools={
          <SelectField
            className="field--compact"
            label="Investment total"
            value={basis}
            sections={[
              {
                title: 'Cumulative private investment',
                options: INVESTMENT_BASES.map((id) => ({ id, label: BASIS_LABELS[id] })),
              },
            ]}
            onChange={(id) => onBasis(INVESTMENT_BASES.find((b) => b === id) ?? 'aiindex-2026')}
          />
        }
        chart={
          points.length > 0 ? (
            <LazyOutputScatter
              data={points.map((q) => ({
                id: q.entityId,
                name: nameOf(q.entityId),
                x: q.investment,
                y: q.models,
                ratio: q.modelsPer10bn,
                highlighted: q.entityId === selected,
              }))}
              xLabel={xLabel}
              yLabel={yLabel}
              height={400}
              log={log}
              onSelect={(id) => updateView({ selected: id === selected ? null : id })}
            />
          ) : (
            <p className="muted">No country in this scope has both totals.</p>
          )
        }
        table={
          <DataTable
            caption="Output per dollar (computed here)"
            rowHeaderLabel="Country"
            rows={points}
            rowKey={(q) => q.entityId}
            rowHeader={(q) => nameOf(q.entityId)}
            rowClassName={(q) => (q.entityId === selected ? 'row--selected' : undefined)}
            columns={[
              {
                id: 'i',
                header: `US$ bn invested ${invPeriod}`,
                numeric: true,
                cell: (q) => formatNumber(q.investment),
              },
              {
                id: 'm',
                header: `Notable models ${modPeriod}`,
                numeric: true,
                cell: (q) => formatCount(q.models),
              },
              {
                id: 'r',
                header: 'Models per $10bn (computed here)',
                numeric: true,
                cell: (q) => formatNumber(q.modelsPer10bn),
              },
            ]}
          />
        }
        exportData={{
          header: [
            'entity',
            `US$ bn invested ${invPeriod} (${basisName})`,
            `notable models ${modPeriod} (AI Index 2026)`,
            'models per $10bn (computed here)',
          ],
          rows: points.map((q) => [nameOf(q.entityId), q.investment, q.models, q.modelsPer10bn]),
        }}
      />
    </section>
  )
}
