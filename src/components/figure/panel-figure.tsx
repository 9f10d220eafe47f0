/**
 * A feature's standalone figure: `<XFigure id view … />` draws one of its figures for any view,
 * calling the panel's data hook with that view. Slides, the presenter's next-slide preview and
 * off-screen renders for PowerPoint use these; the dashboard's panels call the hook once and draw
 * their figures from it.
 */
import type { ViewState } from '../../domain/view'
import type { NameOf } from '../../lib/export/stamp'
import type { AnyFigureSpec, PanelData } from './figure-spec'
import { FigureView, type FigureViewProps } from './figure-view'

export type PanelFigureProps = Omit<FigureViewProps<unknown>, 'spec' | 'data' | 'nameOf'> & {
  readonly id: string
  readonly view: ViewState
}

export function panelFigure<M>(
  useData: (view: ViewState) => PanelData<M>,
  specs: readonly AnyFigureSpec<M>[],
  nameOf: (model: M) => NameOf,
) {
  return function PanelFigure({ id, view, ...rest }: PanelFigureProps) {
    const data = useData(view)
    const spec = specs.find((f) => f.id === id)
    if (!spec) return null
    return <FigureView spec={spec} data={data} view={view} nameOf={nameOf(data.model)} {...rest} />
  }
}
