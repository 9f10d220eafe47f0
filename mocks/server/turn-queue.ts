/**
 * Runs jobs one at a time, each starting in its own turn of the event loop. Building an answer
 * is synchronous work (the handlers, JSON, the hash) chained by promises; without this, a burst
 * of cache misses runs back to back in one microtask drain and starves every other socket, so
 * even answers already in the cache wait seconds. Between two jobs the loop polls again and
 * serves whatever is cheap.
 */

/** A queue: `enqueue(job)` resolves (or rejects) with the job's result once it has run. */
export function createTurnQueue() {
  let tail: Promise<unknown> = Promise.resolve()
  return function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const turn = tail.then(() => new Promise<void>((resolve) => setImmediate(resolve)))
    const result = turn.then(job)
    tail = result.catch(() => undefined)
    return result
  }
}
