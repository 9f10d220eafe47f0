/**
 * Renders UI with the real providers against the msw node server (see setup.ts): a fresh
 * QueryClient (no retries) per test, the view store reset, the URL set as given.
 */
import { render } from '@testing-library/react'
import type { ComponentType, ReactElement } from 'react'
import { FigureRegistryContext } from '../components/figure/figure-registry'
import type { UpdateView, ViewState } from '../domain/view'
import { FIGURE_REGISTRY } from '../app/figures'
import { createApiClient } from '../api/client'
import { AppProviders } from '../app/providers'
import { createQueryClient } from '../queries/query-client'
import { hydrateFromUrl, updateView, useViewStore } from '../stores/view-store'

/** The app's two clients as a test uses them, with the view state read from `search`. */
export function appClients(search = '') {
  window.history.replaceState(null, '', `/${search ? `?${search.replace(/^\?/, '')}` : ''}`)
  hydrateFromUrl(window.location.search)
  const queryClient = createQueryClient({ retry: false })
  const client = createApiClient({
    baseUrl: 'http://localhost',
    transport: (request) => fetch(request),
    mode: { kind: 'embedded' },
  })
  return { queryClient, client }
}

/** Renders `ui` with the real providers around the given clients. */
export function renderWithClients(ui: ReactElement, clients: ReturnType<typeof appClients>) {
  return {
    queryClient: clients.queryClient,
    ...render(
      <AppProviders client={clients.client} queryClient={clients.queryClient}>
        <FigureRegistryContext.Provider value={FIGURE_REGISTRY}>
          {ui}
        </FigureRegistryContext.Provider>
      </AppProviders>,
    ),
  }
}

/** Renders `ui` as the app would, with the view state read from `search`. */
export function renderWithApp(ui: ReactElement, { search = '' }: { search?: string } = {}) {
  return renderWithClients(ui, appClients(search))
}

/** A panel drawn for the store's view, as the app composes it (the URL-driven view, updateView). */
export function Connected({
  panel: Panel,
}: {
  readonly panel: ComponentType<{ readonly view: ViewState; readonly update: UpdateView }>
}) {
  const view = useViewStore((s) => s.view)
  return <Panel view={view} update={updateView} />
}
