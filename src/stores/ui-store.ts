/**
 * UI preferences that are not part of a view (so not in the link): the colour theme. Kept in
 * localStorage; `auto` follows the operating system's prefers-color-scheme.
 */
import { create } from 'zustand'
import { THEMES, type Theme } from '../domain/view'

const STORAGE_KEY = 'ai-monitor:theme'

/** The theme actually drawn (auto resolved). */
export type ResolvedTheme = Exclude<Theme, 'auto'>

function readStored(): Theme {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY)
    return THEMES.find((t) => t === raw) ?? 'auto'
  } catch {
    // Storage can be disabled (privacy modes): fall back to the default.
    return 'auto'
  }
}

interface UiStore {
  readonly theme: Theme
}

/** The store; read it with `useUiStore((s) => s.theme)`. */
export const useUiStore = create<UiStore>()(() => ({
  theme: typeof window === 'undefined' ? 'auto' : readStored(),
}))

const darkQuery = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : null

/** Resolves `auto` against the system preference. */
export function resolveTheme(theme: Theme, prefersDark: boolean): ResolvedTheme {
  return theme === 'auto' ? (prefersDark ? 'dark' : 'light') : theme
}

/** Writes the resolved theme on <html data-theme>, where the CSS token sets hang. */
export function applyTheme(theme: Theme = useUiStore.getState().theme) {
  if (typeof document === 'undefined') return
  document.documentElement.dataset.theme = resolveTheme(theme, darkQuery()?.matches ?? false)
}

/** Chooses a theme: stored, applied at once. */
export function setTheme(theme: Theme) {
  useUiStore.setState({ theme })
  try {
    window.localStorage.setItem(STORAGE_KEY, theme)
  } catch {
    // Not persisted when storage is unavailable; the choice still applies to this page.
  }
  applyTheme(theme)
}

/** Applies the theme now and follows system changes while it is `auto`. Returns a cleanup. */
export function startThemeSync(): () => void {
  applyTheme()
  const query = darkQuery()
  const onChange = () => applyTheme()
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}
