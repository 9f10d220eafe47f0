/** The miss queue: one job at a time, each in its own event-loop turn. */
import { createTurnQueue } from './turn-queue'

describe('the turn queue', () => {
  it('runs jobs one at a time, in order, with the loop turning between them', async () => {
    const enqueue = createTurnQueue()
    const log: string[] = []
    const job = (name: string) => () => {
      log.push(`${name} start`)
      // Work scheduled for the next turn (as a socket's I/O would be): it must run before
      // the next job, not after the whole queue.
      setImmediate(() => log.push(`after ${name}`))
      log.push(`${name} end`)
      return Promise.resolve(name)
    }
    const results = await Promise.all([enqueue(job('a')), enqueue(job('b')), enqueue(job('c'))])
    expect(results).toEqual(['a', 'b', 'c'])
    expect(log).toEqual([
      'a start',
      'a end',
      'after a',
      'b start',
      'b end',
      'after b',
      'c start',
      'c end',
    ])
  })

  it('goes on after a job fails, and hands the failure to that job only', async () => {
    const enqueue = createTurnQueue()
    const failed = enqueue(() => Promise.reject(new Error('no')))
    const next = enqueue(() => Promise.resolve('yes'))
    await expect(failed).rejects.toThrow('no')
    await expect(next).resolves.toBe('yes')
  })
})
