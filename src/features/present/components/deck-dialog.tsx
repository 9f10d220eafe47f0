/** The scenes deck: pick a deck, edit its scenes, add the current view, present, share. */
import { useEffect, useState } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import { SelectField } from '../../../components/fields/select-field'
import {
  activeDeck,
  allDecks,
  createDeck,
  deleteDeck,
  isBuiltIn,
  renameDeck,
  setActiveDeck,
  upsertDeck,
  useDeckStore,
} from '../deck-store'
import { decodeDeckHash } from '../model/deck-link'
import type { FirstFigureOf } from '../model/deck'
import { setDeckOpen, usePresentStore } from '../present-store'
import { DeckActions } from './deck-actions'
import { SceneList } from './scene-list'

export function DeckDialog({ firstFigureOf }: { readonly firstFigureOf: FirstFigureOf }) {
  const open = usePresentStore((s) => s.deckOpen)
  const decks = useDeckStore((s) => s.decks)
  const activeId = useDeckStore((s) => s.activeId)
  const deck = useDeckStore(activeDeck)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const readOnly = isBuiltIn(deck)
  // A shared deck arrives as #deck=… : import it once, then drop the hash from the address.
  useEffect(() => {
    void decodeDeckHash(window.location.hash, firstFigureOf).then((parsed) => {
      if (!parsed) return
      window.history.replaceState(null, '', window.location.pathname + window.location.search)
      if (parsed.ok) {
        upsertDeck(parsed.deck)
        setMessage({ text: `Opened the shared deck “${parsed.deck.title}”.`, error: false })
      } else setMessage({ text: parsed.error, error: true })
      setDeckOpen(true)
    })
  }, [firstFigureOf])
  return (
    <ModalOverlay className="modal-overlay" isDismissable isOpen={open} onOpenChange={setDeckOpen}>
      <Modal className="modal modal--deck">
        <Dialog className="dialog">
          <div className="deck__head">
            <Heading slot="title" className="deck__title">
              Scenes
            </Heading>
            <button type="button" className="button" onClick={() => setDeckOpen(false)}>
              Close
            </button>
          </div>
          <div className="deck__bar">
            <SelectField
              label="Deck"
              value={activeId}
              sections={[
                {
                  title: 'Decks',
                  options: allDecks({ decks, activeId }).map((d) => ({
                    id: d.id,
                    label: isBuiltIn(d) ? `${d.title} (built-in)` : d.title,
                  })),
                },
              ]}
              onChange={setActiveDeck}
            />
            {readOnly ? null : (
              <label className="field">
                <span className="field__label">Deck title</span>
                <input
                  className="field__control"
                  value={deck.title}
                  onChange={(e) => renameDeck(deck.id, e.target.value)}
                />
              </label>
            )}
            {readOnly ? (
              <button
                type="button"
                className="button"
                onClick={() => createDeck(`${deck.title} (copy)`, deck.scenes)}
              >
                Copy this deck
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => createDeck('New deck')}>
              New deck
            </button>
            {readOnly ? null : (
              <button type="button" className="button" onClick={() => deleteDeck(deck.id)}>
                Delete deck
              </button>
            )}
          </div>
          {readOnly ? (
            <p className="deck__hint">
              The built-in deck is read-only: copy it to edit it; scenes you add (“Add as scene” in
              any figure’s menu) go to a deck of your own.
            </p>
          ) : null}
          <SceneList deck={deck} readOnly={readOnly} />
          <DeckActions deck={deck} onMessage={setMessage} firstFigureOf={firstFigureOf} />
          <p
            className={message?.error ? 'deck__message deck__message--error' : 'deck__message'}
            role={message?.error ? 'alert' : 'status'}
          >
            {message?.text}
          </p>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
