/** Deck-level actions: present, PowerPoint, printed handout, JSON export/import, copy as link. */
import { useRef, useState } from 'react'
import { upsertDeck } from '../deck-store'
import { encodeDeckHash } from '../model/deck-link'
import { deckToJson, parseDeckJson, type Deck, type FirstFigureOf } from '../model/deck'
import { enterPresentation, setDeckOpen } from '../present-store'
import { useDeckExport } from './deck-export'

interface Props {
  readonly deck: Deck
  readonly onMessage: (message: { text: string; error: boolean }) => void
  readonly firstFigureOf: FirstFigureOf
}

export function DeckActions({ deck, onMessage, firstFigureOf }: Props) {
  const fileRef = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const exporter = useDeckExport()
  const fail = (e: unknown) =>
    onMessage({ text: e instanceof Error ? e.message : 'That did not work.', error: true })

  const pptx = async () => {
    setBusy(true)
    onMessage({ text: `Drawing ${deck.scenes.length} slides for PowerPoint…`, error: false })
    try {
      const dl = await import('../../../lib/export/download')
      const blob = await exporter.pptx(deck)
      dl.downloadBlob(blob, `${dl.slug(deck.title)}.pptx`)
      onMessage({ text: `Exported ${deck.scenes.length} slides.`, error: false })
    } finally {
      setBusy(false)
    }
  }
  const json = async () => {
    const dl = await import('../../../lib/export/download')
    dl.downloadBlob(
      new Blob([deckToJson(deck)], { type: 'application/json' }),
      `${dl.slug(deck.title)}.deck.json`,
    )
  }
  const link = async () => {
    const url = new URL(window.location.href)
    url.hash = await encodeDeckHash(deck)
    await navigator.clipboard.writeText(url.toString())
    onMessage({ text: 'Link to this deck copied to the clipboard.', error: false })
  }
  const load = async (file: File | undefined) => {
    if (!file) return
    const parsed = parseDeckJson(await file.text(), firstFigureOf)
    if (!parsed.ok) return onMessage({ text: parsed.error, error: true })
    upsertDeck(parsed.deck)
    onMessage({ text: `Imported “${parsed.deck.title}”.`, error: false })
  }

  const empty = deck.scenes.length === 0
  return (
    <div className="deck__actions">
      <button
        type="button"
        className="button button--primary"
        disabled={empty}
        onClick={() => enterPresentation(0)}
      >
        Present deck
      </button>
      <button
        type="button"
        className="button"
        disabled={empty || busy}
        onClick={() => void pptx().catch(fail)}
      >
        {busy ? 'Exporting…' : 'Export PowerPoint'}
      </button>
      <button
        type="button"
        className="button"
        disabled={empty}
        onClick={() => {
          setDeckOpen(false)
          exporter.handout(deck)
        }}
      >
        Print handout (PDF)
      </button>
      <button type="button" className="button" onClick={() => void json().catch(fail)}>
        Export JSON
      </button>
      <button type="button" className="button" onClick={() => fileRef.current?.click()}>
        Import JSON
      </button>
      <input
        ref={fileRef}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        aria-label="Deck file to import"
        tabIndex={-1}
        onChange={(e) => {
          void load(e.target.files?.[0]).catch(fail)
          e.target.value = ''
        }}
      />
      <button type="button" className="button" onClick={() => void link().catch(fail)}>
        Copy deck link
      </button>
    </div>
  )
}
