/**
 * Boot: read the URL, create the API client for this build, start loading the first view's
 * data, render — the app, or (`?presenter=1`, opened by S while presenting) the presenter's
 * window, which follows the presenting window.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { createAppClient } from './app/create-client'
import { firstFigureOf } from './app/figures'
import { loadFirstView } from './app/first-view'
import { PresenterApp } from './app/presenter-app'
import { AppProviders } from './app/providers'
import { loadDecks } from './features/present/deck-store'
import { isBareSlideLink, showScene } from './features/present/present-store'
import { createQueryClient } from './queries/query-client'
import { startThemeSync } from './stores/ui-store'
import { hydrateFromUrl, rewriteUrl, useViewStore } from './stores/view-store'
import './styles/app.css'

// The theme is applied before the first render, so the page never flashes the wrong colours.
startThemeSync()
loadDecks(firstFigureOf)
const presenter = new URLSearchParams(window.location.search).has('presenter')
const rejected = presenter ? [] : hydrateFromUrl()
// Drop invalid parameters from the address bar, so the link shown is the view shown.
if (rejected.length > 0) rewriteUrl()
// A bare "?present=3" is a link to slide 3 as authored: it opens on the scene's own view (a
// headline about 2023 is never drawn over another year's data). With filters it is that view.
if (!presenter && isBareSlideLink(window.location.search)) {
  const index = useViewStore.getState().view.present
  if (index !== null) showScene(index, true, 'replace')
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
const client = createAppClient()
const queryClient = createQueryClient()
const view = useViewStore.getState().view
// The ranking's data loads while the rest of the app starts.
const firstView = presenter ? Promise.resolve() : loadFirstView(queryClient, client, view)
void firstView.then(() =>
  createRoot(root).render(
    <StrictMode>
      <AppProviders client={client} queryClient={queryClient}>
        {presenter ? <PresenterApp /> : <App />}
      </AppProviders>
    </StrictMode>,
  ),
)
