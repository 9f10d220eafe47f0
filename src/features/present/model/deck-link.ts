/**
 * Decks as links: the deck JSON, deflate-compressed (CompressionStream) and base64url-encoded in
 * the URL hash (`#deck=…`), so it never collides with the view's query parameters.
 */
import { deckToJson, parseDeckJson, type Deck, type FirstFigureOf, type ParsedDeck } from './deck'

const PREFIX = 'deck='

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(body).arrayBuffer())
}

/** The hash fragment (without '#') that carries a deck. */
export async function encodeDeckHash(deck: Deck): Promise<string> {
  const json = new TextEncoder().encode(deckToJson(deck))
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))
}

/** Reads a deck from a hash ('#deck=…' or 'deck=…'); null when the hash carries none. */
export async function decodeDeckHash(
  hash: string,
  firstFigureOf: FirstFigureOf,
): Promise<ParsedDeck | null> {
  const fragment = hash.replace(/^#/, '')
  if (!fragment.startsWith(PREFIX)) return null
  try {
    const bytes = await pipe(
      fromBase64Url(fragment.slice(PREFIX.length)),
      new DecompressionStream('deflate-raw'),
    )
    return parseDeckJson(new TextDecoder().decode(bytes), firstFigureOf)
  } catch {
    return { ok: false, error: 'The deck in this link is damaged and could not be read.' }
  }
}
