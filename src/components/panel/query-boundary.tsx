/**
 * Renders the state of one or more queries: skeleton while nothing is loaded, the error (with
 * Retry that refetches the failed queries) or the content. Previous data stays on screen
 * while new filters load, marked busy.
 */
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ContractError, describeError } from '../../api/errors'
import { PanelError, PanelSkeleton } from './panel-states'

interface QueryBoundaryProps {
  readonly queries: readonly UseQueryResult[]
  readonly loadingLabel: string
  readonly children: () => ReactNode
}

export function QueryBoundary({ queries, loadingLabel, children }: QueryBoundaryProps) {
  const failed = queries.filter((q) => q.isError)
  const firstFailure = failed[0]
  if (firstFailure) {
    const error = firstFailure.error
    return (
      <PanelError
        message={describeError(error)}
        details={error instanceof ContractError ? error.issues : undefined}
        onRetry={() => {
          for (const q of failed) void q.refetch()
        }}
      />
    )
  }
  if (queries.some((q) => q.data === undefined)) return <PanelSkeleton label={loadingLabel} />
  const busy = queries.some((q) => q.isFetching)
  return (
    <div className="panel__body" aria-busy={busy}>
      {children()}
    </div>
  )
}
