import { createGestureHistory } from './gesture-history'

describe('one history entry per slider gesture', () => {
  it('a drag pushes once, then replaces, and ends when the pointer is released', () => {
    const g = createGestureHistory()
    g.pointerDown()
    expect([g.change(), g.change(), g.change()]).toEqual(['push', 'replace', 'replace'])
    g.changeEnd()
    g.pointerDown()
    expect(g.change()).toBe('push')
  })

  it('a run of key presses is one gesture until the slider loses focus', () => {
    const g = createGestureHistory()
    // Each key press is a change and its end.
    const press = () => {
      const mode = g.change()
      g.changeEnd()
      return mode
    }
    expect([press(), press(), press()]).toEqual(['push', 'replace', 'replace'])
    g.blur()
    expect(press()).toBe('push')
  })

  it('a click that moves nothing leaves the keys after it one gesture', () => {
    const g = createGestureHistory()
    g.pointerDown()
    g.pointerUp()
    const press = () => {
      const mode = g.change()
      g.changeEnd()
      return mode
    }
    expect([press(), press(), press(), press()]).toEqual(['push', 'replace', 'replace', 'replace'])
  })

  it('keys after a drag, and a drag after keys, are gestures of their own', () => {
    const g = createGestureHistory()
    g.pointerDown()
    expect([g.change(), g.change()]).toEqual(['push', 'replace'])
    g.pointerUp()
    g.changeEnd()
    expect(g.change()).toBe('push')
    g.changeEnd()
    expect(g.change()).toBe('replace')
    g.changeEnd()
    g.pointerDown()
    expect(g.change()).toBe('push')
  })
})
