/** The scenes of a deck: show, present from, reorder, rename, edit notes, delete. */
import type { Deck } from '../model/deck'
import { editScene, removeScene, reorderScene } from '../deck-store'
import { enterPresentation, showScene, setDeckOpen } from '../present-store'

const PANEL_LABELS = { vibrancy: 'Vibrancy', investment: 'Investment', models: 'Models' } as const

export function SceneList({ deck, readOnly }: { readonly deck: Deck; readonly readOnly: boolean }) {
  if (deck.scenes.length === 0)
    return <p className="deck__empty">No scenes yet: add the current view below.</p>
  return (
    <ol className="scene-list" aria-label={`Scenes of ${deck.title}`}>
      {deck.scenes.map((scene, i) => (
        <li key={scene.id} className="scene">
          <div className="scene__main">
            {readOnly ? (
              <p className="scene__title">{scene.title}</p>
            ) : (
              <input
                className="field__control scene__title-input"
                aria-label={`Title of scene ${i + 1}`}
                value={scene.title}
                onChange={(e) => editScene(deck.id, scene.id, { title: e.target.value })}
              />
            )}
            <p className="scene__meta">
              {PANEL_LABELS[scene.panel]} · <code>{scene.query || '(defaults)'}</code>
            </p>
            {readOnly ? (
              <p className="scene__notes">{scene.notes}</p>
            ) : (
              <textarea
                className="field__control scene__notes-input"
                aria-label={`Speaker notes of scene ${i + 1}`}
                value={scene.notes}
                rows={2}
                onChange={(e) => editScene(deck.id, scene.id, { notes: e.target.value })}
              />
            )}
          </div>
          <div className="scene__tools">
            <button
              type="button"
              className="button"
              onClick={() => {
                setDeckOpen(false)
                showScene(scene, false)
              }}
            >
              Show<span className="visually-hidden"> scene {i + 1}</span>
            </button>
            <button type="button" className="button" onClick={() => enterPresentation(i)}>
              Present from here<span className="visually-hidden"> (scene {i + 1})</span>
            </button>
            {readOnly ? null : (
              <>
                <button
                  type="button"
                  className="button"
                  disabled={i === 0}
                  onClick={() => reorderScene(deck.id, i, i - 1)}
                >
                  Up<span className="visually-hidden"> (scene {i + 1})</span>
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={i === deck.scenes.length - 1}
                  onClick={() => reorderScene(deck.id, i, i + 1)}
                >
                  Down<span className="visually-hidden"> (scene {i + 1})</span>
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => removeScene(deck.id, scene.id)}
                >
                  Delete<span className="visually-hidden"> scene {i + 1}</span>
                </button>
              </>
            )}
          </div>
        </li>
      ))}
    </ol>
  )
}
