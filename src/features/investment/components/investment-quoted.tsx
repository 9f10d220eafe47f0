/** The panel's "Quoted in the debate" lists: the investment gap, and the pledges. */
import { QuotedList } from '../../../components/claims/quoted-list'
import type { InvestmentModel } from '../model/investment-view'

const TITLES = {
  investment: 'Quoted in the debate: the investment gap',
  pledges: 'Quoted in the debate: pledges',
} as const

export function InvestmentQuoted({
  model: m,
  topic,
}: {
  readonly model: InvestmentModel
  readonly topic: keyof typeof TITLES
}) {
  if (!m.quoted || !m.claimNames) return null
  return (
    <QuotedList
      title={TITLES[topic]}
      claims={m.quoted[topic]}
      numberOf={m.claimNumber}
      rule={m.statusRule}
      names={m.claimNames}
      note={
        topic === 'investment'
          ? 'Dashed rings [n] on the charts mark these figures where they have a data point: quotes with a status, not data.'
          : 'Each pledge row above carries the number of the quote that names it.'
      }
    />
  )
}
