/**
 * A <details> disclosure whose content is drawn only while it is open: a figure folded away is
 * not a figure on the page (no hidden charts to render, export or tab through).
 */
import { useState, type ReactNode } from 'react'

export function Disclosure({
  summary,
  className,
  children,
}: {
  readonly summary: string
  readonly className?: string
  readonly children: () => ReactNode
}) {
  const [open, setOpen] = useState(false)
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  )
}
