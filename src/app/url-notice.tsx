/** Says which link parameters were invalid and ignored (each fell back to its default). */
import { dismissRejected } from '../stores/view-store'

export function UrlNotice({ rejected }: { readonly rejected: readonly string[] }) {
  if (rejected.length === 0) return null
  return (
    <div className="notice" role="status" aria-label="Link settings ignored">
      <p>
        Some settings in this link were not valid and were reset to their defaults:{' '}
        <strong>{rejected.join(', ')}</strong>.
      </p>
      <button type="button" className="button button--quiet" onClick={dismissRejected}>
        Dismiss
      </button>
    </div>
  )
}
