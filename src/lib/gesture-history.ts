/**
 * One history entry per slider gesture: the first change of a drag, or of a run of key presses,
 * pushes an entry (Back undoes the whole gesture); the changes after it replace that entry. A
 * drag ends when the pointer is released; a run of key presses when the slider loses focus or
 * a drag begins. Pure state, no DOM: the slider calls these from its events.
 */
export interface GestureHistory {
  /** The history mode for the change being made now. */
  readonly change: () => 'push' | 'replace'
  readonly pointerDown: () => void
  /** The pointer is released (or the drag cancelled), wherever it is. */
  readonly pointerUp: () => void
  /** The slider reports the end of a change (pointer released, or after each key). */
  readonly changeEnd: () => void
  readonly blur: () => void
}

export function createGestureHistory(): GestureHistory {
  let dragging = false
  // Whether the gesture in progress has written its entry yet.
  let written = false
  const end = () => {
    dragging = false
    written = false
  }
  return {
    change: () => {
      const mode = written ? 'replace' : 'push'
      written = true
      return mode
    },
    pointerDown: () => {
      dragging = true
      written = false
    },
    // A click that moved nothing ends here too, so the keys pressed after it are one gesture.
    pointerUp: end,
    // Changes without a pointer come from keys: they run on until the slider loses focus.
    changeEnd: () => {
      if (dragging) end()
    },
    blur: end,
  }
}
