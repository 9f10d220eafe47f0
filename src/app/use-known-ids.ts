/**
 * Checks the view's ids against /meta once it has answered (and after every change, Back and
 * Forward included): a region, country or bloc member the data service does not know falls back
 * with the "settings ignored" notice, so no panel asks the service for it and shows an error
 * that Retry could never clear.
 */
import { useEffect } from 'react'
import { unknownIds } from '../domain/url-codec'
import type { ViewState } from '../domain/view'
import { useMeta } from '../queries/meta'
import { rejectSettings } from '../stores/view-store'

export function useKnownIds(view: ViewState) {
  const meta = useMeta().data
  useEffect(() => {
    if (!meta) return
    const unknown = unknownIds(view, {
      isRegion: (id) => meta.groupById.has(id),
      isEntity: (id) => meta.entityById.has(id),
    })
    if (unknown) rejectSettings(unknown.patch, unknown.rejected)
  }, [meta, view])
}
