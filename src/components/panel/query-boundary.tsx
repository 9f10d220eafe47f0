/**
 * Renders the state of one or more queries for a part of a panel that is not a figure: a
 * skeleton while nothing is loaded, the error (with Retry that refetches every failed query) or
 * the content. Loading and error states are named by the part (`label`), as figures' are.
 * Previous data stays on screen while new filters load, marked busy.
 */
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ContractError, describeError } from '../../api/errors'
import { PanelError, PanelSkeleton } from './panel-states'

interface QueryBoundaryProps {
  readonly queries: readonly UseQueryResult[]
  /** What the part shows, e.g. "Quoted claims on the investment gap". */
  readonly label: string
  readonly children: () => ReactNode
}

export function QueryBoundary({ queries, label, children }: QueryBoundaryProps) {
  const failed = queries.filter((q) => q.isError)
  const firstFailure = failed[0]
  if (firstFailure) {
    const error = firstFailure.error
    return (
      <div role="group" aria-label={label}>
        <PanelError
          message={describeError(
            error,
            failed.map((q) => q.error),
          )}
          details={error instanceof ContractError ? error.issues : undefined}
          onRetry={() => {
            for (const q of failed) void q.refetch({ cancelRefetch: false })
          }}
        />
      </div>
    )
  }
  if (queries.some((q) => q.data === undefined))
    return (
      <div role="group" aria-label={label} aria-busy="true">
        <PanelSkeleton label={`Loading ${label}`} />
      </div>
    )
  const busy = queries.some((q) => q.isFetching)
  return (
    <div className="panel__body" aria-busy={busy}>
      {children()}
    </div>
  )
}
