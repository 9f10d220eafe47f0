/**
 * The query client's policy: what is retried, and what re-renders a component. The second is
 * the mechanism of issue 18's stuck-loading defect: a panel's data hook reads only `data`, and
 * the figure that reads `isError` renders later; a query failing in between must still reach it.
 */
import {
  QueryClient,
  QueryClientProvider,
  useQuery,
  type UseQueryResult,
} from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { ContractError, HttpError, TimeoutError } from '../api/errors'
import { createQueryClient, shouldRetry } from './query-client'

/** Reads only the result's data, as the panels' data hooks do. */
function Panel({ fail }: { readonly fail: Promise<never> }) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one promise per test, one key
  const query = useQuery({ queryKey: ['late-reader'], queryFn: () => fail })
  const data = query.data
  return <Figure query={query} hasData={data !== undefined} />
}

/** Reads the error flag only once shown, as a figure placed below the fold does. */
function Figure({ query, hasData }: { readonly query: UseQueryResult; readonly hasData: boolean }) {
  const [shown, setShown] = useState(false)
  if (!shown) return <button onClick={() => setShown(true)}>Show</button>
  if (query.isError) return <p role="alert">failed</p>
  return <p>{hasData ? 'drawn' : 'loading'}</p>
}

async function failBeforeTheFigureReads(client: QueryClient) {
  let reject: (error: Error) => void = () => undefined
  const fail = new Promise<never>((_, r) => (reject = r))
  render(
    <QueryClientProvider client={client}>
      <Panel fail={fail} />
    </QueryClientProvider>,
  )
  await act(async () => {
    reject(new ContractError('/indicators', ['entries: expected array']))
    await fail.catch(() => undefined)
  })
  await userEvent.click(screen.getByRole('button', { name: 'Show' }))
}

describe('createQueryClient', () => {
  it('re-renders a component whose query failed before its figure read the error', async () => {
    await failBeforeTheFigureReads(createQueryClient())
    expect(await screen.findByRole('alert')).toHaveTextContent('failed')
  })

  it('(the same with react-query’s tracked default leaves it loading: the defect it prevents)', async () => {
    const tracked = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    await failBeforeTheFigureReads(tracked)
    expect(screen.getByText('loading')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

describe('shouldRetry', () => {
  it('retries a 5xx once; never a 4xx, a time-out, a contract error or anything else', () => {
    const http500 = new HttpError('/meta', 500, null)
    expect(shouldRetry(0, http500)).toBe(true)
    expect(shouldRetry(1, http500)).toBe(false)
    expect(shouldRetry(0, new HttpError('/meta', 404, null))).toBe(false)
    expect(shouldRetry(0, new TimeoutError('/meta', 3000))).toBe(false)
    expect(shouldRetry(0, new ContractError('/meta', []))).toBe(false)
    expect(shouldRetry(0, new Error('boom'))).toBe(false)
  })
})
