/** The link that reopens a view (outside presentation mode): what every export stamps. */
import { serializeView } from '../../domain/url-codec'
import type { ViewState } from '../../domain/view'

export function viewLink(view: ViewState, base?: string): string {
  const url = new URL(
    base ?? (typeof window === 'undefined' ? 'http://localhost/' : window.location.href),
  )
  const query = serializeView({ ...view, present: null })
  url.search = query ? `?${query}` : ''
  url.hash = ''
  return url.toString()
}
