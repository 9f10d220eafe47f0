/**
 * The app: the dashboard (header, filters, the four panels), or — while presenting (`present`
 * in the URL) — the active deck's slide and nothing else. The view is read from the store here,
 * once, and passed down; every panel, figure and slide draws from the view it is given.
 */
import { useEffect } from 'react'
import { FigureActionsContext } from '../components/figure/figure-actions'
import { FigureRegistryContext } from '../components/figure/figure-registry'
import type { UpdateView, ViewState } from '../domain/view'
import { InvestmentPanel } from '../features/investment/components/investment-panel'
import { ModelsPanel } from '../features/models/components/models-panel'
import { DeckDialog } from '../features/present/components/deck-dialog'
import { DeckRenderer } from '../features/present/components/deck-export'
import { Presentation } from '../features/present/components/presentation'
import { PrintContext } from '../features/present/components/print-context'
import { usePresentKeys } from '../features/present/components/use-present-keys'
import { usePresentSync } from '../features/present/components/use-present-sync'
import { addAsScene } from '../features/present/scene-actions'
import { ResearchPanel } from '../features/research/components/research-panel'
import { VibrancyPanel } from '../features/vibrancy/components/vibrancy-panel'
import { syncWithHistory, updateView, useViewStore } from '../stores/view-store'
import { FIGURE_REGISTRY, firstFigureOf } from './figures'
import { FilterBar } from './filter-bar'
import { AppHeader } from './header'
import { UrlNotice } from './url-notice'
import { useKnownIds } from './use-known-ids'

export function App() {
  useEffect(() => syncWithHistory(), [])
  const view = useViewStore((s) => s.view)
  const rejected = useViewStore((s) => s.rejected)
  usePresentKeys(view)
  usePresentSync(view)
  useKnownIds(view)
  return (
    <FigureRegistryContext.Provider value={FIGURE_REGISTRY}>
      <FigureActionsContext.Provider value={addAsScene}>
        {view.present !== null ? (
          <Presentation view={view} update={updateView} />
        ) : (
          <Dashboard view={view} update={updateView} rejected={rejected} />
        )}
        <DeckDialog firstFigureOf={firstFigureOf} />
        <DeckRenderer />
      </FigureActionsContext.Provider>
    </FigureRegistryContext.Provider>
  )
}

function Dashboard({
  view,
  update,
  rejected,
}: {
  readonly view: ViewState
  readonly update: UpdateView
  readonly rejected: readonly string[]
}) {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the panels
      </a>
      <AppHeader view={view} update={update} />
      <FilterBar view={view} update={update} />
      <PrintContext view={view} />
      <main id="main" className="panels">
        <UrlNotice rejected={rejected} />
        <VibrancyPanel view={view} update={update} />
        <InvestmentPanel view={view} update={update} />
        <ModelsPanel view={view} update={update} />
        <ResearchPanel view={view} update={update} />
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
