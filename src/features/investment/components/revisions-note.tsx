/** Revisions of the selected year's figures between AI Index editions, stated plainly. */
import { formatBillions } from '../../../lib/format'
import type { Revision } from '../model/revisions'

export function RevisionsNote({
  items,
  nameOf,
  editionLabel,
}: {
  readonly items: readonly Revision[]
  readonly nameOf: (id: string) => string
  readonly editionLabel: (id: string) => string
}) {
  if (items.length === 0) return null
  return (
    <section className="revisions" aria-label="Revisions between editions">
      <h3 className="subhead">Revised between editions</h3>
      <ul>
        {items.slice(0, 6).map((r) => (
          <li key={r.entityId}>
            <span className="revised-marker" aria-hidden="true">
              ◆
            </span>{' '}
            {nameOf(r.entityId)} {r.year}:{' '}
            {r.figures
              .map((f) => `${formatBillions(f.value)} (${editionLabel(f.edition)})`)
              .join(' → ')}
          </li>
        ))}
      </ul>
    </section>
  )
}
