/**
 * Chart heights in presentation mode. The dashboard's heights suit a laptop; on a projector
 * the presented panel has the whole screen, so its charts grow with the screen's height
 * (×1.35 at 1080 px), never shrink below the dashboard's. The chart frame and the chart ask
 * the same question with the same height, so the box and the drawing always agree.
 */
import { useSyncExternalStore } from 'react'
import { useView } from '../../stores/view-store'

/** The screen height at which presented charts keep their dashboard height. */
const BASE_HEIGHT = 800

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange)
  return () => window.removeEventListener('resize', onChange)
}
const viewportHeight = () => window.innerHeight

/** Pure: the presented height for a dashboard height on a screen this tall. */
export function presentedHeight(height: number, screenHeight: number): number {
  return Math.round(height * Math.max(1, screenHeight / BASE_HEIGHT))
}

export function usePresentedHeight(height: number): number {
  const presenting = useView((v) => v.present !== null)
  const screen = useSyncExternalStore(subscribe, viewportHeight, () => BASE_HEIGHT)
  return presenting ? presentedHeight(height, screen) : height
}

/**
 * Chart text in presentation mode: labels drawn by the app (direct labels, custom ticks) grow
 * ×1.4 (13 px → 18 px, the size the stylesheet gives recharts' own tick text), and so do the
 * margins and axis widths made to hold them. 1 on the dashboard.
 */
export const PRESENTED_TEXT_SCALE = 1.4

export function useTextScale(): number {
  return useView((v) => v.present !== null) ? PRESENTED_TEXT_SCALE : 1
}

/** Room for a label of `text` at `fontSize` px (0.6 em per character: Arial's average, generous). */
export function labelWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6)
}
