/**
 * Group totals the coverage rule withholds ("too few members report (1 of 27: Germany)"), each
 * with the figures of the members that do report one click away: never summed into a total.
 */
import { coverageLabel } from '../../../lib/aggregate'
import type { InvestmentModel } from '../model/investment-view'

export function WithheldTotals({ model: m }: { readonly model: InvestmentModel }) {
  if (m.withheld.length === 0) return null
  return (
    <div className="withheld" role="note" aria-label="Totals withheld by the coverage rule">
      {m.withheld.map((w) => (
        <details key={w.entityId} className="withheld__item">
          <summary>
            {m.nameOf(w.entityId)}, {w.year}: {coverageLabel(w.coverage, m.nameOf)} — no total is
            shown. Their own figures
          </summary>
          <ul>
            {w.members.map((x) => (
              <li key={x.entityId}>
                {m.nameOf(x.entityId)}: {m.format(x.value)} {m.unit} ({m.editionText})
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  )
}
