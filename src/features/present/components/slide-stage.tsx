/**
 * Fits the 1600 × 900 stage into its box (the viewport, or a pane of the presenter's window):
 * the stage is scaled as a whole and centred, with bars where the box is not 16:9. Nothing
 * scrolls: everything on a slide is laid out on the stage, at its logical size.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { fitStage, STAGE } from '../model/stage'

export function SlideStage({
  children,
  className,
  label,
}: {
  readonly children: ReactNode
  readonly className?: string
  readonly label?: string
}) {
  const box = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState<{ width: number; height: number } | null>(null)
  useLayoutEffect(() => {
    const el = box.current
    if (!el) return
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight })
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  const fit = fitStage(size?.width ?? STAGE.width, size?.height ?? STAGE.height)
  return (
    <div ref={box} className={`slide-stage ${className ?? ''}`} role="region" aria-label={label}>
      <div
        className="slide-stage__canvas"
        style={{
          left: fit.left,
          top: fit.top,
          width: STAGE.width,
          height: STAGE.height,
          transform: `scale(${fit.scale})`,
        }}
      >
        {children}
      </div>
    </div>
  )
}
