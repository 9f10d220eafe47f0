/**
 * The dashboard: header, filters, and the three panels. In presentation mode (`present` in the
 * URL) only the presented panel is rendered, full screen, with the presenter's footer, and the
 * header and filters are not rendered at all (their settings stay reachable from the keyboard).
 */
import { useEffect } from 'react'
import { InvestmentPanel } from '../features/investment/components/investment-panel'
import { ModelsPanel } from '../features/models/components/models-panel'
import { DeckDialog } from '../features/present/components/deck-dialog'
import { Presenter } from '../features/present/components/presenter'
import { PrintContext } from '../features/present/components/print-context'
import { usePresentKeys } from '../features/present/components/use-present-keys'
import { VibrancyPanel } from '../features/vibrancy/components/vibrancy-panel'
import { syncWithHistory, useView } from '../stores/view-store'
import { FilterBar } from './filter-bar'
import { AppHeader } from './header'
import { UrlNotice } from './url-notice'

export function App() {
  useEffect(() => syncWithHistory(), [])
  usePresentKeys()
  const present = useView((v) => v.present)
  const shows = (panel: 'vibrancy' | 'investment' | 'models') => !present || present === panel
  return (
    <div className={present ? 'app app--presenting' : 'app'}>
      {present ? null : (
        <>
          <a className="skip-link" href="#main">
            Skip to the panels
          </a>
          <AppHeader />
          <FilterBar />
          <PrintContext />
        </>
      )}
      <main id="main" className="panels">
        {/* The header (and its h1) is not rendered while presenting. */}
        {present ? <h1 className="visually-hidden">AI Monitor — presentation</h1> : <UrlNotice />}
        {shows('vibrancy') ? <VibrancyPanel /> : null}
        {shows('investment') ? <InvestmentPanel /> : null}
        {shows('models') ? <ModelsPanel /> : null}
      </main>
      {present ? (
        <Presenter panel={present} />
      ) : (
        <footer className="app-footer">
          <p>
            Figures as published by their sources (Stanford HAI AI Index, Global AI Vibrancy Tool,
            Our World in Data, World Bank); gaps read “no data”, never zero. Every view is a link.
          </p>
        </footer>
      )}
      <DeckDialog />
    </div>
  )
}
