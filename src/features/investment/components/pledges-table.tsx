/**
 * Pledges against flows: each announced plan annualised over its stated horizon, beside the
 * economy's actual private AI investment in the latest year of the selected edition.
 * Pledges are drawn outlined, money invested filled: intentions are not disbursements.
 */
import { useState } from 'react'
import type { Pledge } from '../../../api/schemas'
import { RankedBars } from '../../../components/chart/lazy-charts'
import { formatBillions, formatNumber } from '../../../lib/format'
import { updateView, useView } from '../../../stores/view-store'
import { annualise, coverageText, DEFAULT_EUR_USD, DEFAULT_EUR_USD_NOTE } from '../model/pledges'

interface PledgesProps {
  readonly pledges: readonly Pledge[]
  /** Annual private investment (US$ bn) of an economy id, and its year and edition label. */
  readonly flowOf: (
    economyId: string,
  ) => { value: number | null; year: number; label: string } | null
  readonly nameOf: (id: string) => string
}

export function PledgesTable({ pledges, flowOf, nameOf }: PledgesProps) {
  const fx = useView((v) => v.fx) ?? DEFAULT_EUR_USD
  const [draft, setDraft] = useState(String(fx))
  const rows = pledges.map((p) => annualise(p, fx))
  const stargate = rows.find((r) => r.pledge.id === 'stargate')
  const usFlow = flowOf('USA')
  const bars = [
    ...(stargate?.annualUsdBn != null
      ? [
          {
            id: 'stargate',
            name: 'Stargate, a year',
            value: stargate.annualUsdBn,
            outlined: true,
            detail: 'pledge, annualised',
          },
        ]
      : []),
    ...(usFlow?.value != null
      ? [
          {
            id: 'us',
            name: `US invested, ${usFlow.year}`,
            value: usFlow.value,
            detail: usFlow.label,
          },
        ]
      : []),
  ]
  return (
    <section className="pledges" aria-labelledby="pledges-title">
      <h3 id="pledges-title" className="subhead">
        Pledges against flows
      </h3>
      {bars.length === 2 ? <RankedBars data={bars} unit="US$ bn" height={110} /> : null}
      <form
        className="fx"
        onSubmit={(e) => {
          e.preventDefault()
          const rate = Number(draft)
          if (rate > 0 && rate < 10) updateView({ fx: rate === DEFAULT_EUR_USD ? null : rate })
        }}
      >
        <label htmlFor="fx-rate">EUR→USD rate</label>
        <input
          id="fx-rate"
          inputMode="decimal"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="button">
          Apply
        </button>
        <span className="fx__note">
          {fx === DEFAULT_EUR_USD ? DEFAULT_EUR_USD_NOTE : 'your rate'}
        </span>
      </form>
      <div className="table-wrap">
        <table className="data-table">
          <caption>
            Announced pledges, annualised, beside actual annual private AI investment
          </caption>
          <thead>
            <tr>
              <th scope="col">Pledge</th>
              <th scope="col" className="num">
                Announced
              </th>
              <th scope="col" className="num">
                US$ bn a year
              </th>
              <th scope="col" className="num">
                Invested in a year (actual)
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ pledge, annualUsdBn, horizonLabel }) => {
              const flow = flowOf(pledge.economyId)
              return (
                <tr key={pledge.id} title={coverageText(pledge)}>
                  <th scope="row">
                    {pledge.actor}{' '}
                    <span className="muted">
                      ({nameOf(pledge.economyId)}, {pledge.date}; {coverageText(pledge)})
                    </span>
                  </th>
                  <td className="num">
                    {formatBillions(pledge.amount, pledge.currency, 0)} {horizonLabel}
                  </td>
                  <td className="num">
                    {annualUsdBn === null
                      ? horizonLabel
                      : `${formatBillions(annualUsdBn, 'USD', 1)} a year`}
                  </td>
                  <td className="num">
                    {flow ? `${formatNumber(flow.value)} (${flow.year}, ${flow.label})` : 'no data'}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
