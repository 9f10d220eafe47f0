/**
 * Boot: read the URL, create the API client for this build, start loading the first view's
 * data, render.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { createAppClient } from './app/create-client'
import { whenFirstViewReady } from './app/first-view'
import { AppProviders } from './app/providers'
import { prefetchVibrancy } from './features/vibrancy/api/vibrancy-data'
import { createQueryClient } from './queries/query-client'
import { startThemeSync } from './stores/ui-store'
import { hydrateFromUrl, rewriteUrl, useViewStore } from './stores/view-store'
import './styles/app.css'

// The theme is applied before the first render, so the page never flashes the wrong colours.
startThemeSync()
const rejected = hydrateFromUrl()
// Drop invalid parameters from the address bar, so the link shown is the view shown.
if (rejected.length > 0) rewriteUrl()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
const client = createAppClient()
const queryClient = createQueryClient()
const view = useViewStore.getState().view
// The ranking's data loads while the rest of the app starts.
const firstView = whenFirstViewReady(view, () => prefetchVibrancy(queryClient, client, view))
void firstView.then(() =>
  createRoot(root).render(
    <StrictMode>
      <AppProviders client={client} queryClient={queryClient}>
        <App />
      </AppProviders>
    </StrictMode>,
  ),
)
