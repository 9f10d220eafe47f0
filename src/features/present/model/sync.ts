/**
 * Messages between the presenting window and the presenter's window (BroadcastChannel, same
 * origin only). The presenting window owns the presentation and tells the other what is on
 * screen; the presenter's window sends the same actions the keys trigger. Messages from the
 * channel are untrusted input: parsed with zod, dropped when they do not fit.
 */
import { z } from '../../../api/zod'
import { DeckFileSchema, type Deck } from './deck'
import type { PresentAction } from './keys'

export const CHANNEL = 'ai-monitor:present'

const ACTIONS = [
  'exit',
  'next',
  'previous',
  'first',
  'last',
  'year-next',
  'year-previous',
  'blank',
  'reset',
] as const satisfies readonly PresentAction[]

const MessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('state'),
    deck: DeckFileSchema.shape.deck,
    /** The slide on screen; null when the presentation has ended. */
    index: z.number().int().nonnegative().nullable(),
    /** The live view of that slide (the codec's query string). */
    query: z.string().max(4000),
    blank: z.boolean(),
    startedAt: z.number().nullable(),
  }),
  z.object({ type: z.literal('command'), action: z.enum(ACTIONS) }),
  z.object({ type: z.literal('hello') }),
])
export type SyncMessage = z.infer<typeof MessageSchema>

/** A message from the channel, or null when it is not one of ours. */
export function readMessage(data: unknown): SyncMessage | null {
  const parsed = MessageSchema.safeParse(data)
  return parsed.success ? parsed.data : null
}

/** The actions the presenter's window may send. */
export type RemoteAction = (typeof ACTIONS)[number]

export function isRemoteAction(action: PresentAction): action is RemoteAction {
  return (ACTIONS as readonly string[]).includes(action)
}

/** The state message for what is on screen. */
export function stateMessage(
  deck: Deck,
  index: number | null,
  query: string,
  blank: boolean,
  startedAt: number | null,
): SyncMessage {
  return {
    type: 'state',
    deck: { ...deck, scenes: [...deck.scenes] },
    index,
    query,
    blank,
    startedAt,
  }
}
