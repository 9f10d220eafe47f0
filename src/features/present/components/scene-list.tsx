/**
 * The scenes of a deck, by headline: show one on the dashboard, present from it, and — in a
 * deck of your own — edit its headline and notes, move, duplicate or delete it.
 */
import { useFigureRegistry } from '../../../components/figure/figure-registry'
import type { Deck, Scene } from '../model/deck'
import { parseTemplate } from '../model/headline'
import { duplicateScene, editScene, removeScene, reorderScene } from '../deck-store'
import { enterPresentation, setDeckOpen, showScene } from '../present-store'

/** The headline as a list reads it: templates shown by what they stand for. */
function headlineText(scene: Scene): string {
  return parseTemplate(scene.headline)
    .map((t) =>
      t.kind === 'text'
        ? t.text
        : t.kind === 'year'
          ? '‹year›'
          : t.kind === 'error'
            ? t.source
            : '‹…›',
    )
    .join('')
}

export function SceneList({ deck, readOnly }: { readonly deck: Deck; readonly readOnly: boolean }) {
  const { figures } = useFigureRegistry()
  const figureLabel = (id: string) => figures.find((f) => f.id === id)?.label ?? id
  if (deck.scenes.length === 0)
    return <p className="deck__empty">No scenes yet: use “Add as scene” in any figure’s menu.</p>
  return (
    <ol className="scene-list" aria-label={`Scenes of ${deck.title}`}>
      {deck.scenes.map((scene, i) => (
        <li key={scene.id} className="scene">
          <div className="scene__main">
            {readOnly ? (
              <p className="scene__title">{headlineText(scene)}</p>
            ) : (
              <input
                className="field__control scene__title-input"
                aria-label={`Headline of scene ${i + 1}`}
                value={scene.headline}
                maxLength={240}
                onChange={(e) => editScene(deck.id, scene.id, { headline: e.target.value })}
              />
            )}
            <p className="scene__meta">{figureLabel(scene.figure)}</p>
            {readOnly ? null : (
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
                showScene(i, false)
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
                  onClick={() => duplicateScene(deck.id, scene.id)}
                >
                  Duplicate<span className="visually-hidden"> scene {i + 1}</span>
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
