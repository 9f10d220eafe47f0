/**
 * Pledges against flows: each announced plan annualised over its stated horizon, converted at
 * a stated, editable EUR→USD rate, beside the economy's actual private AI investment in the
 * view's year. Pledges are drawn hatched and outlined, money invested filled.
 */
import type { Pledge } from '../../../api/schemas'
import { ChartFrame } from '../../../components/chart/chart-frame'
import { DataTable } from '../../../components/data-table'
import { formatBillions, formatExact, formatNumber } from '../../../lib/format'
import { useView } from '../../../stores/view-store'
import { annualise, coverageText, DEFAULT_EUR_USD, pledgeBars, type Flow } from '../model/pledges'
import { FxField } from './fx-field'
import { PledgesChart } from './lazy-charts'

interface PledgesProps {
  readonly pledges: readonly Pledge[]
  readonly flowOf: (economyId: string) => Flow | null
  readonly nameOf: (id: string) => string
  readonly editionLabel: string
}

const CAVEATS = [
  'Pledges are intentions, not disbursements; they may cover public money, infrastructure and non-AI spending, unlike the private-investment series (venture capital and private equity into private AI firms).',
  'A pledge without a stated horizon is not spread over guessed years: it reads “no horizon stated”.',
]

export function PledgesTable({ pledges, flowOf, nameOf, editionLabel }: PledgesProps) {
  const fx = useView((v) => v.fx) ?? DEFAULT_EUR_USD
  const rows = pledges.map((p) => annualise(p, fx))
  const bars = pledgeBars(rows, flowOf, nameOf)
  const source = `Pledges: announcements as cited in the data sources; invested: Stanford HAI AI Index / Quid — ${editionLabel}; € converted at ${String(fx)} US$ per €`
  const flowText = (flow: Flow | null) =>
    flow ? `${formatNumber(flow.value)} (${flow.year}, ${flow.label})` : 'no data'
  return (
    <section className="pledges" aria-labelledby="pledges-title">
      <h3 id="pledges-title" className="subhead">
        Pledges against flows
      </h3>
      <FxField />
      <ChartFrame
        panel="investment"
        title="Announced pledges a year (hatched) beside money invested in a year (filled)"
        unit="US$ bn a year, nominal"
        source={source}
        caveats={CAVEATS}
        height={bars.length * 30 + 40}
        chart={
          <PledgesChart
            bars={bars}
            unit="US$ bn a year"
            source={source}
            height={bars.length * 30 + 40}
          />
        }
        table={
          <DataTable
            caption="Pledges a year beside money invested (the chart's data), US$ bn"
            rowHeaderLabel="Bar"
            rows={bars}
            rowKey={(b) => b.id}
            rowHeader={(b) => b.name}
            columns={[
              {
                id: 'value',
                header: 'US$ bn a year',
                numeric: true,
                cell: (b) => formatExact(b.value),
              },
              { id: 'detail', header: 'What it is', cell: (b) => b.detail },
            ]}
          />
        }
        exportData={{
          header: ['bar', 'kind', 'US$ bn a year', 'what it is'],
          rows: bars.map((b) => [b.name, b.kind, b.value, b.detail]),
        }}
      />
      <DataTable
        caption="Announced pledges, annualised, beside actual annual private AI investment"
        rowHeaderLabel="Pledge"
        rows={rows}
        rowKey={(r) => r.pledge.id}
        rowHeader={({ pledge }) => (
          <span title={coverageText(pledge)}>
            {pledge.actor}{' '}
            <span className="muted">
              ({nameOf(pledge.economyId)}, {pledge.date}; {coverageText(pledge)})
            </span>
          </span>
        )}
        columns={[
          {
            id: 'announced',
            header: 'Announced',
            numeric: true,
            cell: ({ pledge, horizonLabel }) =>
              `${formatBillions(pledge.amount, pledge.currency, 0)} ${horizonLabel}`,
          },
          {
            id: 'annual',
            header: 'US$ bn a year',
            numeric: true,
            cell: ({ annualUsdBn, horizonLabel }) =>
              annualUsdBn === null
                ? horizonLabel
                : `${formatBillions(annualUsdBn, 'USD', 1)} a year`,
          },
          {
            id: 'flow',
            header: 'Invested in a year (actual)',
            numeric: true,
            cell: ({ pledge }) => flowText(flowOf(pledge.economyId)),
          },
        ]}
      />
    </section>
  )
}
