/**
 * Presentation chrome around the presented panel: the footer (scene, source, edition, active
 * filters, key hints), the blank screen, the click lock and the command palette. The panel
 * itself is rendered by the app; everything here is keyboard-driven.
 */
import { useEffect } from 'react'
import { editionLabel } from '../../../domain/editions'
import { gvtOf, type PanelId, type ViewState } from '../../../domain/view'
import { describeFilters, describeWeights } from '../../../lib/export/stamp'
import { entityName, useMeta } from '../../../queries/meta'
import { activeDeck, useDeckStore } from '../deck-store'
import { exitPresentation, stepScene, usePresentStore } from '../present-store'
import { CommandPalette } from './command-palette'

/** Who publishes each panel's figures (the charts carry the exact source lines). */
const PANEL_SOURCES: Record<PanelId, string> = {
  vibrancy: 'Stanford HAI Global AI Vibrancy Tool; index inputs from the AI Index',
  investment: 'Stanford HAI AI Index (Quid); announced pledges as published',
  models: 'Stanford HAI AI Index (Epoch AI; patents from the AI Index)',
}

export function Presenter({ panel, view }: { readonly panel: PanelId; readonly view: ViewState }) {
  const meta = useMeta()
  const { sceneIndex, blank, locked } = usePresentStore()
  const deck = useDeckStore(activeDeck)
  const scene = sceneIndex === null ? null : deck.scenes[sceneIndex]
  const nameOf = (id: string) => entityName(meta.data, id)
  const edition = editionLabel(
    panel === 'vibrancy' ? gvtOf(view) : view.edition,
    meta.data?.editions,
  )

  useEffect(() => {
    document.documentElement.dataset.presenting = 'true'
    return () => {
      delete document.documentElement.dataset.presenting
    }
  }, [])

  return (
    <>
      <footer className="present-footer">
        <p className="present-footer__line">
          {scene ? (
            <strong>
              Scene {(sceneIndex ?? 0) + 1} of {deck.scenes.length}: {scene.title}
              {' · '}
            </strong>
          ) : null}
          Source: {PANEL_SOURCES[panel]} · Edition: {edition} · {describeFilters(view, nameOf)}
          {describeWeights(view) ? ` · ${describeWeights(view)}` : ''}
        </p>
        <div className="present-footer__keys">
          <span aria-hidden="true">← → scenes · Y year · K find · B blank · L lock · Esc exit</span>
          <button type="button" className="button button--quiet" onClick={() => stepScene(-1)}>
            Previous scene
          </button>
          <button type="button" className="button button--quiet" onClick={() => stepScene(1)}>
            Next scene
          </button>
          <button type="button" className="button button--quiet" onClick={exitPresentation}>
            Exit presentation
          </button>
        </div>
      </footer>
      {blank ? <div className="present-blank" data-testid="present-blank" /> : null}
      {locked ? (
        <div className="present-lock" data-testid="present-lock">
          <span className="present-lock__badge" role="status">
            View locked — press L to unlock
          </span>
        </div>
      ) : null}
      <CommandPalette />
    </>
  )
}
