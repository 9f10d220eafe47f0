/** Keyboard map of presentation mode, pure so it can be tested without a DOM. */

export type PresentAction =
  | 'enter'
  | 'exit'
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'year-next'
  | 'year-previous'
  | 'palette'
  | 'blank'
  | 'lock'
  | 'presenter'
  | 'notes'
  | 'reset'

export interface KeyInput {
  readonly key: string
  readonly shiftKey: boolean
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
}

/**
 * The action of a key press, or null. `presenting` switches between the two maps. Clickers send
 * ←/→, PageUp/PageDown or Space (Shift+Space back); Home and End go to the ends.
 */
export function keyAction(e: KeyInput, presenting: boolean): PresentAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  if (!presenting) return key === 'p' && !e.shiftKey ? 'enter' : null
  switch (key) {
    case 'Escape':
      return 'exit'
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next'
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous'
    case ' ':
      return e.shiftKey ? 'previous' : 'next'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    case 'y':
      return e.shiftKey ? 'year-previous' : 'year-next'
    case 'k':
    case '/':
      return 'palette'
    case 'b':
    case '.':
      return 'blank'
    case 'l':
      return 'lock'
    case 's':
      return 'presenter'
    case 'n':
      return 'notes'
    case 'r':
      return 'reset'
    default:
      return null
  }
}

/** True when a key press is typing into a field (shortcuts must not fire then). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT'
}
