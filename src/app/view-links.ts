/**
 * Links that open another view of the dashboard (a claim's "where it is checked", a scorecard
 * row): `<a href="?year=2023&edition=aiindex-2024#figure-investment.ranked" data-view-link>`.
 * A plain click changes the view in place (one history entry, Back undoes it) and brings the
 * target on screen once it is drawn; a modified click (new tab) follows the href as it is.
 * Components only render the anchor: they read no store.
 */
import { useEffect } from 'react'
import { parseView } from '../domain/url-codec'
import type { UpdateView } from '../domain/view'

/** How long a target drawn late (data loading, below the fold) is waited for. */
const WAIT_MS = 4000

function scrollWhenDrawn(id: string) {
  const started = performance.now()
  const tick = () => {
    const target = document.getElementById(id)
    if (target) {
      target.scrollIntoView({ block: 'start' })
      if (target instanceof HTMLElement) target.focus({ preventScroll: true })
      return
    }
    if (performance.now() - started < WAIT_MS) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

export function useViewLinks(update: UpdateView) {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const anchor = event.target instanceof Element ? event.target.closest('a') : null
      if (!anchor?.hasAttribute('data-view-link')) return
      const url = new URL(anchor.href, window.location.href)
      if (url.origin !== window.location.origin) return
      event.preventDefault()
      update({ ...parseView(url.search).state, present: null }, { history: 'push' })
      const id = decodeURIComponent(url.hash.slice(1))
      if (id) scrollWhenDrawn(id)
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [update])
}
