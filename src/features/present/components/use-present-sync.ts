/**
 * Keeps the presenting window and the presenter's window in step (BroadcastChannel): this side
 * tells what is on screen whenever it changes, and runs the actions the other window sends.
 */
import { useEffect, useRef } from 'react'
import { serializeView } from '../../../domain/url-codec'
import type { ViewState } from '../../../domain/view'
import { editionSpan } from '../../../lib/years'
import { useMeta } from '../../../queries/meta'
import { activeDeck, useDeckStore } from '../deck-store'
import { CHANNEL, readMessage, stateMessage } from '../model/sync'
import { usePresentStore } from '../present-store'
import { runAction } from './use-present-keys'

export function usePresentSync(view: ViewState) {
  const deck = useDeckStore(activeDeck)
  const blank = usePresentStore((s) => s.blank)
  const startedAt = usePresentStore((s) => s.startedAt)
  const meta = useMeta()
  const channel = useRef<BroadcastChannel | null>(null)
  // Whether a presenter's window has said hello since this window opened, and whether the last
  // state told was of a slide (its end must be told too).
  const heard = useRef(false)
  const toldSlide = useRef(false)
  const query = serializeView({ ...view, present: null })
  const span = editionSpan(meta.data?.indicators ?? [], view.edition)
  const latest = useRef({ deck, index: view.present, query, blank, startedAt, span })
  useEffect(() => {
    latest.current = { deck, index: view.present, query, blank, startedAt, span }
  })

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const ch = new BroadcastChannel(CHANNEL)
    channel.current = ch
    const tell = () => {
      const s = latest.current
      ch.postMessage(stateMessage(s.deck, s.index, s.query, s.blank, s.startedAt))
    }
    ch.onmessage = (e: MessageEvent) => {
      const message = readMessage(e.data)
      if (message?.type === 'hello') {
        heard.current = true
        tell()
      }
      if (message?.type === 'command') runAction(message.action, latest.current.span)
    }
    return () => {
      ch.close()
      channel.current = null
    }
  }, [])

  // Told while presenting and at its end (a presenter's window opened before this one reloaded
  // hears it), and otherwise only once a presenter's window has said hello: posting to a channel
  // costs a structured clone of the deck and an IPC hop, ~5–10 ms on every filter change with
  // nobody listening (npm run bench profiles).
  useEffect(() => {
    if (!heard.current && !toldSlide.current && view.present === null) return
    channel.current?.postMessage(stateMessage(deck, view.present, query, blank, startedAt))
    toldSlide.current = view.present !== null
  }, [deck, view.present, query, blank, startedAt])
}
