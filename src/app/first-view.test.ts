import { whenFirstViewReady } from './first-view'

/** Settles `promise` into a flag the test can read after advancing fake time. */
function track(promise: Promise<void>) {
  const state = { done: false }
  void promise.then(() => (state.done = true))
  return state
}

describe('whenFirstViewReady', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('renders as soon as the ranking data is in, before the wait is over', async () => {
    let finish: (() => void) | undefined
    const load = () =>
      new Promise<void>((resolve) => {
        finish = resolve
      })
    const ready = track(whenFirstViewReady({ present: null }, load, 500))
    await vi.advanceTimersByTimeAsync(200)
    expect(ready.done).toBe(false)
    finish?.()
    await vi.advanceTimersByTimeAsync(0)
    expect(ready.done).toBe(true)
  })

  it('renders at the end of the wait when the data is slower (skeletons, then the data)', async () => {
    const load = vi.fn(() => new Promise<void>(() => undefined))
    const ready = track(whenFirstViewReady({ present: null }, load, 500))
    await vi.advanceTimersByTimeAsync(499)
    expect(ready.done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(ready.done).toBe(true)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('does not wait (nor load the ranking) when presenting a slide', async () => {
    const load = vi.fn(() => new Promise<void>(() => undefined))
    const ready = track(whenFirstViewReady({ present: 2 }, load, 500))
    await vi.advanceTimersByTimeAsync(0)
    expect(ready.done).toBe(true)
    expect(load).not.toHaveBeenCalled()
  })
})
