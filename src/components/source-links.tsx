/**
 * Sources as /meta serves them: each named by its citation, linked to its URL where it has one,
 * with its licence. Text from data is rendered as text; a URL is linked only when it is http(s).
 */
import type { SourceInfo } from '../lib/sources'

const WEB = /^https?:\/\//

export function SourceLinks({
  sources,
  className,
}: {
  readonly sources: readonly SourceInfo[]
  readonly className?: string
}) {
  if (sources.length === 0) return null
  return (
    <span className={className ?? 'source-links'}>
      {sources.map((s, i) => (
        <span key={`${s.citation}-${String(i)}`} className="source-links__item">
          {i > 0 ? '; ' : null}
          {s.url !== null && WEB.test(s.url) ? (
            <a href={s.url} rel="noreferrer noopener" target="_blank">
              {s.citation}
            </a>
          ) : (
            s.citation
          )}{' '}
          <span className="source-links__licence">({s.licence})</span>
        </span>
      ))}
    </span>
  )
}
