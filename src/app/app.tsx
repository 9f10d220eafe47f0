/**
 * The dashboard: header, filters, and the three panels. The view is read from the store here,
 * once, and passed down; every panel and figure draws from the view it is given. In
 * presentation mode (`present` in the URL) only the presented panel is rendered, full screen,
 * with the presenter's footer, and the header and filters are not rendered at all.
 */
import { useEffect } from 'react'
import { FigureRegistryContext } from '../components/figure/figure-registry'
import type { PanelId } from '../domain/view'
import { InvestmentPanel } from '../features/investment/components/investment-panel'
import { ModelsPanel } from '../features/models/components/models-panel'
import { DeckDialog } from '../features/present/components/deck-dialog'
import { Presenter } from '../features/present/components/presenter'
import { PrintContext } from '../features/present/components/print-context'
import { usePresentKeys } from '../features/present/components/use-present-keys'
import { VibrancyPanel } from '../features/vibrancy/components/vibrancy-panel'
import { syncWithHistory, updateView, useViewStore } from '../stores/view-store'
import { FIGURE_REGISTRY } from './figures'
import { FilterBar } from './filter-bar'
import { AppHeader } from './header'
import { UrlNotice } from './url-notice'

export function App() {
  useEffect(() => syncWithHistory(), [])
  const view = useViewStore((s) => s.view)
  const rejected = useViewStore((s) => s.rejected)
  usePresentKeys(view)
  const present = view.present
  const shows = (panel: PanelId) => !present || present === panel
  return (
    <FigureRegistryContext.Provider value={FIGURE_REGISTRY}>
      <div className={present ? 'app app--presenting' : 'app'}>
        {present ? null : (
          <>
            <a className="skip-link" href="#main">
              Skip to the panels
            </a>
            <AppHeader view={view} update={updateView} />
            <FilterBar view={view} update={updateView} />
            <PrintContext view={view} />
          </>
        )}
        <main id="main" className="panels">
          {/* The header (and its h1) is not rendered while presenting. */}
          {present ? (
            <h1 className="visually-hidden">AI Monitor — presentation</h1>
          ) : (
            <UrlNotice rejected={rejected} />
          )}
          {shows('vibrancy') ? <VibrancyPanel view={view} update={updateView} /> : null}
          {shows('investment') ? <InvestmentPanel view={view} update={updateView} /> : null}
          {shows('models') ? <ModelsPanel view={view} update={updateView} /> : null}
        </main>
        {present ? (
          <Presenter panel={present} view={view} />
        ) : (
          <footer className="app-footer">
            <p>
              Figures as published by their sources (Stanford HAI AI Index, Global AI Vibrancy Tool,
              Our World in Data, World Bank); gaps read “no data”, never zero. Every view is a link.
            </p>
          </footer>
        )}
        <DeckDialog view={view} />
      </div>
    </FigureRegistryContext.Provider>
  )
}
