/** Loading, empty and error states of a panel; all keep the panel's fixed size (no layout shift). */
import type { ReactNode } from 'react'

/** A fixed-size placeholder while the first data loads. */
export function PanelSkeleton({ label }: { readonly label: string }) {
  return (
    <div className="panel-state panel-state--loading" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <div className="skeleton skeleton--bar" />
      <div className="skeleton skeleton--bar" />
      <div className="skeleton skeleton--bar skeleton--short" />
    </div>
  )
}

/** No observation matches the filters. */
export function PanelEmpty({ children }: { readonly children?: ReactNode }) {
  return (
    <div className="panel-state panel-state--empty" role="status">
      <p className="panel-state__title">No data for these filters</p>
      {children ? <p className="panel-state__hint">{children}</p> : null}
    </div>
  )
}

/** A failure, with Retry. */
export function PanelError({
  message,
  details,
  onRetry,
}: {
  readonly message: string
  readonly details?: readonly string[]
  readonly onRetry: () => void
}) {
  return (
    <div className="panel-state panel-state--error" role="alert">
      <p className="panel-state__title">{message}</p>
      {details && details.length > 0 ? (
        <details className="panel-state__details">
          <summary>Technical details</summary>
          <ul>
            {details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <button type="button" className="button button--primary" onClick={onRetry}>
        Retry
      </button>
    </div>
  )
}
