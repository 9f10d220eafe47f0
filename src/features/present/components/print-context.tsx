/** Printed handouts only: the filters, weights and link of the view, at the top of the page. */
import { editionLabel } from '../../../domain/editions'
import { gvtOf, type ViewState } from '../../../domain/view'
import { describeFilters, describeWeights } from '../../../lib/export/stamp'
import { entityName, useMeta } from '../../../queries/meta'

export function PrintContext({ view }: { readonly view: ViewState }) {
  const meta = useMeta()
  const nameOf = (id: string) =>
    editionLabel(id, meta.data?.editions) !== id
      ? editionLabel(id, meta.data?.editions)
      : entityName(meta.data, id)
  return (
    <div className="print-context">
      <p>
        {describeFilters(view, nameOf)} · Edition: {nameOf(view.edition)} · Vibrancy:{' '}
        {nameOf(gvtOf(view))}
        {describeWeights(view) ? ` · ${describeWeights(view)}` : ''}
      </p>
      <p>
        Printed {new Date().toISOString().slice(0, 10)} from {window.location.href}
      </p>
    </div>
  )
}
