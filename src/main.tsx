/** Boot: read the URL, create the API client for this build, render. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { createAppClient } from './app/create-client'
import { AppProviders } from './app/providers'
import { createQueryClient } from './queries/query-client'
import { startThemeSync } from './stores/ui-store'
import { hydrateFromUrl, rewriteUrl } from './stores/view-store'
import './styles/app.css'

// The theme is applied before the first render, so the page never flashes the wrong colours.
startThemeSync()
const rejected = hydrateFromUrl()
// Drop invalid parameters from the address bar, so the link shown is the view shown.
if (rejected.length > 0) rewriteUrl()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <AppProviders client={createAppClient()} queryClient={createQueryClient()}>
      <App />
    </AppProviders>
  </StrictMode>,
)
