/**
 * Visible first. A filter change re-renders every panel in one blocking pass, and most of the
 * page is below the fold. Content wrapped here, when it is off screen at the moment of the
 * change, is brought up to date in a background render right after the visible panels are
 * painted (React's useDeferredValue: the browser can interrupt it, and it starts at once).
 * The same holds when it first appears: off screen, it is drawn right after the first paint of
 * what is on screen, not in it (the first data render then paints the ranking sooner).
 * Until then it is marked `aria-busy`, so screen readers and tests see it as updating — never
 * as the new view. On screen, and in environments without IntersectionObserver, it renders
 * in step with everything else. Printing first brings it on screen (see useNearViewport).
 */
import {
  memo,
  startTransition,
  useCallback,
  useDeferredValue,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { useNearViewport } from '../chart/use-near-viewport'

/** The part of the viewport that counts as visible: the viewport itself, no margin. */
const ON_SCREEN = '0px'

/** Renders `content`; skips rendering entirely while it is the same element as last time. */
const Rendered = memo(function Rendered({ content }: { readonly content: ReactNode }) {
  return content
})

/** Whether any part of `el` is inside the viewport now (a box of no height at its top counts). */
function isOnScreen(el: Element): boolean {
  const { top, bottom } = el.getBoundingClientRect()
  return top < window.innerHeight && bottom >= 0
}

interface VisibleFirstProps {
  readonly children: ReactNode
  readonly className?: string
}

export function VisibleFirst({ children, className }: VisibleFirstProps) {
  const el = useRef<HTMLDivElement | null>(null)
  const [box, setBox] = useState<HTMLDivElement | null>(null)
  const ref = useCallback((node: HTMLDivElement | null) => {
    el.current = node
    setBox(node)
  }, [])
  // Assumed visible until the observer says otherwise, so nothing waits on the first paint.
  const onScreen = useNearViewport(box, { margin: ON_SCREEN, initial: true })
  // Whether the content has been placed: at once where nothing can be observed (jsdom, old
  // engines); otherwise decided before the first paint by where the box lands. Until placed,
  // the box holds a screen's height (app.css), so the boxes after it land below the fold and
  // wait, and content that arrives later pushes only what is already off screen.
  const [placed, setPlaced] = useState(() => typeof IntersectionObserver === 'undefined')
  useLayoutEffect(() => {
    if (placed || !el.current) return
    if (isOnScreen(el.current)) setPlaced(true)
    else startTransition(() => setPlaced(true))
  }, [placed])
  const deferred = useDeferredValue(children)
  const content = onScreen ? children : deferred
  return (
    <div
      ref={ref}
      className={placed ? className : `${className ?? ''} visible-first--pending`}
      aria-busy={!placed || content !== children || undefined}
    >
      {placed ? <Rendered content={content} /> : null}
    </div>
  )
}
