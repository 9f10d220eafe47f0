/** Printed handouts only: the filters, weights and link of the view, at the top of the page. */
import { describeFilters, describeWeights } from '../../../lib/export/stamp'
import { entityName, useMeta } from '../../../queries/meta'
import { useView } from '../../../stores/view-store'

export function PrintContext() {
  const meta = useMeta()
  const view = useView((v) => v)
  const nameOf = (id: string) =>
    meta.data?.editions.find((e) => e.id === id)?.label ?? entityName(meta.data, id)
  return (
    <div className="print-context">
      <p>
        {describeFilters(view, nameOf)} · Edition: {nameOf(view.edition)} · Vibrancy:{' '}
        {nameOf(view.gvt)}
        {describeWeights(view) ? ` · ${describeWeights(view)}` : ''}
      </p>
      <p>
        Printed {new Date().toISOString().slice(0, 10)} from {window.location.href}
      </p>
    </div>
  )
}
