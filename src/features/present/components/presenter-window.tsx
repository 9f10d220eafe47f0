/**
 * The presenter's window (S, or "Presenter view"): the slide on screen, the next slide drawn
 * from its own view, the speaker notes, the time since the start and the clock. It follows the
 * presenting window (BroadcastChannel) and its keys and buttons step that window, so either
 * window drives the presentation.
 */
import { useEffect, useRef, useState } from 'react'
import { parseView } from '../../../domain/url-codec'
import { isTypingTarget, keyAction } from '../model/keys'
import {
  CHANNEL,
  isRemoteAction,
  readMessage,
  type RemoteAction,
  type SyncMessage,
} from '../model/sync'
import { migrateDeck } from '../model/deck'
import { Slide } from './slide'
import { SlideNotes } from './slide-notes'
import { SlideStage } from './slide-stage'
import './present.css'

type State = Extract<SyncMessage, { type: 'state' }>

function useNow(ms: number) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), ms)
    return () => window.clearInterval(t)
  }, [ms])
  return now
}

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })

function elapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const mm = String(Math.floor(s / 60)).padStart(2, '0')
  const ss = String(s % 60).padStart(2, '0')
  return `${mm}:${ss}`
}

export function PresenterWindow() {
  const [state, setState] = useState<State | null>(null)
  const channel = useRef<BroadcastChannel | null>(null)
  const now = useNow(1000)
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const ch = new BroadcastChannel(CHANNEL)
    channel.current = ch
    ch.onmessage = (e: MessageEvent) => {
      const message = readMessage(e.data)
      if (message?.type === 'state') setState(message)
    }
    ch.postMessage({ type: 'hello' } satisfies SyncMessage)
    return () => ch.close()
  }, [])
  const send = (action: RemoteAction) =>
    channel.current?.postMessage({ type: 'command', action } satisfies SyncMessage)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return
      const action = keyAction(e, true)
      if (!action || !isRemoteAction(action)) return
      e.preventDefault()
      channel.current?.postMessage({ type: 'command', action } satisfies SyncMessage)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // Scenes arrive in the current format; migration only re-canonicalises their views.
  const deck = state ? migrateDeck(state.deck, () => '') : null
  const index = state?.index ?? null
  const scene = index === null ? undefined : deck?.scenes[index]
  const next = index === null ? undefined : deck?.scenes[index + 1]
  const view = parseView(state?.query ?? '').state
  return (
    <main className="presenter">
      <h1 className="visually-hidden">AI Monitor — presenter view</h1>
      <header className="presenter__bar">
        <p className="presenter__where" role="status" aria-label="Slide on screen">
          {deck && index !== null
            ? `Slide ${index + 1} of ${deck.scenes.length}${state?.blank ? ' · screen blanked' : ''}`
            : 'Waiting for the presentation… (press S in the presenting window)'}
        </p>
        <p className="presenter__time">
          <span aria-label="Elapsed">
            {state?.startedAt ? elapsed(now - state.startedAt) : '00:00'}
          </span>
          {' · '}
          <span aria-label="Clock">{clock.format(now)}</span>
        </p>
        <div className="presenter__buttons">
          <button type="button" className="button" onClick={() => send('previous')}>
            Previous slide
          </button>
          <button type="button" className="button button--primary" onClick={() => send('next')}>
            Next slide
          </button>
          <button type="button" className="button" onClick={() => send('blank')}>
            Blank
          </button>
          <button type="button" className="button" onClick={() => send('exit')}>
            End
          </button>
        </div>
      </header>
      {deck && scene && index !== null ? (
        <div className="presenter__grid">
          <section className="presenter__current" aria-label="Current slide">
            <SlideStage>
              <Slide scene={scene} view={view} index={index} total={deck.scenes.length} />
            </SlideStage>
          </section>
          <section className="presenter__next" aria-label="Next slide">
            {next ? (
              <SlideStage>
                <Slide
                  scene={next}
                  view={parseView(next.query).state}
                  index={index + 1}
                  total={deck.scenes.length}
                />
              </SlideStage>
            ) : (
              <p className="presenter__end">End of the deck.</p>
            )}
          </section>
          <section className="presenter__notes" aria-label="Notes">
            <SlideNotes scene={scene} view={view} />
          </section>
        </div>
      ) : null}
    </main>
  )
}
