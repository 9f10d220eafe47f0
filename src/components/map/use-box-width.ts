/**
 * The width of a box, kept current with a ResizeObserver: the map projects into real pixels
 * (its legend's type and outlines keep their size), so it needs its box's width. Where there is
 * no observer or no layout (jsdom), the fallback width.
 */
import { useEffect, useState } from 'react'

export const FALLBACK_WIDTH = 800

export function useBoxWidth(el: HTMLElement | null): number {
  const [width, setWidth] = useState(FALLBACK_WIDTH)
  useEffect(() => {
    if (!el) return
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width)
      if (w > 0) setWidth(w)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [el])
  return width
}
