/**
 * Boot: read the URL, create the API client for this build, start loading the first view's
 * data, render.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { createAppClient } from './app/create-client'
import { AppProviders } from './app/providers'
import { prefetchVibrancy } from './features/vibrancy/components/use-vibrancy-data'
import { createQueryClient } from './queries/query-client'
import { startThemeSync } from './stores/ui-store'
import { hydrateFromUrl, rewriteUrl, useViewStore } from './stores/view-store'
import './styles/app.css'

// The theme is applied before the first render, so the page never flashes the wrong colours.
startThemeSync()
const rejected = hydrateFromUrl()
// Drop invalid parameters from the address bar, so the link shown is the view shown.
if (rejected.length > 0) rewriteUrl()

/**
 * How long the first render waits for the ranking's data when the ranking opens the page.
 * When the data comes within it (embedded data on this machine: ~0.3 s after the script
 * starts), the page paints once, with the ranking, instead of skeletons followed by a second
 * render; when it does not (a slow link or API), the page renders with skeletons at this point
 * and the data fills them in.
 */
const FIRST_VIEW_WAIT_MS = 500

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
const client = createAppClient()
const queryClient = createQueryClient()
const view = useViewStore.getState().view
// The dashboard (and presenting it from the top) opens with the ranking: its data loads while
// the rest of the app starts. Presenting another panel renders at once.
const firstView =
  view.present === null || view.present === 'vibrancy'
    ? Promise.race([
        prefetchVibrancy(queryClient, client, view),
        new Promise((resolve) => setTimeout(resolve, FIRST_VIEW_WAIT_MS)),
      ])
    : Promise.resolve()
void firstView.then(() =>
  createRoot(root).render(
    <StrictMode>
      <AppProviders client={client} queryClient={queryClient}>
        <App />
      </AppProviders>
    </StrictMode>,
  ),
)
