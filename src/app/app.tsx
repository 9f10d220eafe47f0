/** The dashboard: header, filters, and the three panels. */
import { useEffect } from 'react'
import { InvestmentPanel } from '../features/investment/components/investment-panel'
import { ModelsPanel } from '../features/models/components/models-panel'
import { VibrancyPanel } from '../features/vibrancy/components/vibrancy-panel'
import { syncWithHistory } from '../stores/view-store'
import { FilterBar } from './filter-bar'
import { AppHeader } from './header'
import { UrlNotice } from './url-notice'

export function App() {
  useEffect(() => syncWithHistory(), [])
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the panels
      </a>
      <AppHeader />
      <FilterBar />
      <main id="main" className="panels">
        <UrlNotice />
        <VibrancyPanel />
        <InvestmentPanel />
        <ModelsPanel />
      </main>
      <footer className="app-footer">
        <p>
          Figures as published by their sources (Stanford HAI AI Index, Global AI Vibrancy Tool, Our
          World in Data, World Bank); gaps read “no data”, never zero. Every view is a link.
        </p>
      </footer>
    </div>
  )
}
