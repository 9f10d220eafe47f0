/**
 * Visible first. A filter change re-renders every panel in one blocking pass, and most of the
 * page is below the fold. Content wrapped here, when it is off screen at the moment of the
 * change, is brought up to date in a background render right after the visible panels are
 * painted (React's useDeferredValue: the browser can interrupt it, and it starts at once).
 * Until then it is marked `aria-busy`, so screen readers and tests see it as updating — never
 * as the new view. On screen, and in environments without IntersectionObserver, it renders
 * in step with everything else. Printing first brings it on screen (see useNearViewport).
 */
import { memo, useDeferredValue, useState, type ReactNode } from 'react'
import { useNearViewport } from '../chart/use-near-viewport'

/** The part of the viewport that counts as visible: the viewport itself, no margin. */
const ON_SCREEN = '0px'

/** Renders `content`; skips rendering entirely while it is the same element as last time. */
const Rendered = memo(function Rendered({ content }: { readonly content: ReactNode }) {
  return content
})

interface VisibleFirstProps {
  readonly children: ReactNode
  readonly className?: string
}

export function VisibleFirst({ children, className }: VisibleFirstProps) {
  const [box, setBox] = useState<HTMLDivElement | null>(null)
  // Assumed visible until the observer says otherwise, so nothing waits on the first paint.
  const onScreen = useNearViewport(box, { margin: ON_SCREEN, initial: true })
  const deferred = useDeferredValue(children)
  const content = onScreen ? children : deferred
  return (
    <div ref={setBox} className={className} aria-busy={content !== children || undefined}>
      <Rendered content={content} />
    </div>
  )
}
