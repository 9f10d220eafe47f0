/**
 * The view store: filters and view settings (zustand), hydrated from the URL at boot and
 * written back on every change. Server data never lives here (that is react-query's job).
 * Actions are module-level functions, so URL sync needs no React.
 */
import { create } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { DEFAULT_VIEW, type ViewState } from '../domain/view'
import { parseView, REPLACE_KEYS, sameValue, serializeView } from '../domain/url-codec'

interface ViewStore {
  readonly view: ViewState
  /** Labels of URL parameters that were invalid at load and fell back (for the notice). */
  readonly rejected: readonly string[]
}

/** The store; read it with `useView(selector)`. */
export const useViewStore = create<ViewStore>()(() => ({ view: DEFAULT_VIEW, rejected: [] }))

/** Selects from the view state. */
export function useView<T>(selector: (view: ViewState) => T): T {
  return useViewStore((s) => selector(s.view))
}

/**
 * The view without some settings, compared shallowly: a panel that does not use the index
 * weights does not re-render while a weight slider is dragged.
 */
export function useViewOmit<K extends keyof ViewState>(omit: readonly K[]): Omit<ViewState, K> {
  return useViewStore(
    useShallow(
      (s) =>
        Object.fromEntries(
          Object.entries(s.view).filter(([key]) => !(omit as readonly string[]).includes(key)),
        ) as Omit<ViewState, K>,
    ),
  )
}

function writeUrl(view: ViewState, mode: 'push' | 'replace') {
  if (typeof window === 'undefined') return
  const query = serializeView(view)
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
}

/**
 * Changes view settings. Discrete changes push a history entry (Back undoes them);
 * continuous ones (weights, exchange rate) replace it.
 */
export function updateView(
  patch: Partial<ViewState>,
  options: { history?: 'push' | 'replace' } = {},
) {
  const current = useViewStore.getState().view
  const next = { ...current, ...patch }
  const changed = (Object.keys(patch) as (keyof ViewState)[]).filter(
    (key) => !sameValue(current[key], next[key]),
  )
  if (changed.length === 0) return
  useViewStore.setState({ view: next })
  const mode =
    options.history ?? (changed.every((key) => REPLACE_KEYS.has(key)) ? 'replace' : 'push')
  writeUrl(next, mode)
}

/** Rewrites the address bar to the canonical link of the current view (no history entry). */
export function rewriteUrl() {
  writeUrl(useViewStore.getState().view, 'replace')
}

/** Resets every filter to its default (one history entry). */
export function resetView() {
  updateView({ ...DEFAULT_VIEW, present: useViewStore.getState().view.present })
}

/** Reads the URL into the store (at boot and on Back/Forward). Returns the rejected labels. */
export function hydrateFromUrl(search: string = window.location.search): readonly string[] {
  const { state, rejected } = parseView(search)
  useViewStore.setState({ view: state, rejected })
  return rejected
}

/**
 * Falls back for settings the data service does not know (see `unknownIds`): the view changes
 * without a history entry (the link was never a valid view), the address bar shows the view
 * drawn, and the notice names them with the link's other ignored settings.
 */
export function rejectSettings(patch: Partial<ViewState>, labels: readonly string[]) {
  const { view, rejected } = useViewStore.getState()
  const next = { ...view, ...patch }
  useViewStore.setState({
    view: next,
    rejected: [...rejected, ...labels.filter((l) => !rejected.includes(l))],
  })
  writeUrl(next, 'replace')
}

/** Dismisses the "some link parameters were ignored" notice. */
export function dismissRejected() {
  useViewStore.setState({ rejected: [] })
}

/** Keeps the store in step with Back/Forward; returns the unsubscribe function. */
export function syncWithHistory(): () => void {
  const onPop = () => {
    const { state } = parseView(window.location.search)
    useViewStore.setState({ view: state })
  }
  window.addEventListener('popstate', onPop)
  return () => window.removeEventListener('popstate', onPop)
}
