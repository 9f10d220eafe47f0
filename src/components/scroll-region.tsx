/**
 * A named, scrollable region. Scrollable content must be reachable by keyboard (WCAG 2.1.1,
 * axe "scrollable-region-focusable"), hence the tab stop.
 */
import type { ReactNode } from 'react'

export function ScrollRegion({
  label,
  className,
  children,
}: {
  readonly label: string
  readonly className: string
  readonly children: ReactNode
}) {
  return (
    <div role="region" aria-label={label} className={className} tabIndex={0}>
      {children}
    </div>
  )
}
