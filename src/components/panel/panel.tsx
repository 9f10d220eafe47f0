/**
 * The frame of every panel: a <section> labelled by its heading, a toolbar slot, and an error
 * boundary so a crash in one panel never takes the others down.
 */
import { useId, type ReactNode } from 'react'
import { PanelErrorBoundary } from './panel-error-boundary'

interface PanelProps {
  readonly title: string
  /** One line under the title: what the panel answers. */
  readonly subtitle?: ReactNode
  readonly actions?: ReactNode
  readonly children: ReactNode
  readonly id?: string
}

export function Panel({ title, subtitle, actions, children, id }: PanelProps) {
  const headingId = useId()
  return (
    <section className="panel" aria-labelledby={headingId} id={id}>
      <header className="panel__header">
        <div>
          <h2 id={headingId} className="panel__title">
            {title}
          </h2>
          {subtitle ? <p className="panel__subtitle">{subtitle}</p> : null}
        </div>
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      <PanelErrorBoundary title={title}>{children}</PanelErrorBoundary>
    </section>
  )
}
