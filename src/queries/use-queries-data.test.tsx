import { QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { ContractError } from '../api/errors'
import { createQueryClient } from './query-client'
import { useQueriesData } from './use-queries-data'

const answer = (value: number) => () => Promise.resolve({ value })

describe('useQueriesData', () => {
  it('reads a query that is off as null, even when another observer of its key failed', async () => {
    const client = createQueryClient({ retry: false })
    // Another panel asked the same key, and its request failed.
    await client
      .query({
        queryKey: ['shared'],
        queryFn: () => Promise.reject(new ContractError('/indicators', [])),
      })
      .catch(() => undefined)
    expect(client.getQueryState(['shared'])?.status).toBe('error')
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    )
    const { result } = renderHook(
      () =>
        useQueriesData([
          { queryKey: ['own'], queryFn: answer(1) },
          { queryKey: ['shared'], queryFn: answer(2), enabled: false },
        ]),
      { wrapper },
    )
    expect(result.current.data).toEqual([undefined, null])
    await waitFor(() => expect(result.current.data).toEqual([{ value: 1 }, null]))
  })

  it('keeps the data array while no answer changes, and gives a new one when one does', async () => {
    const client = createQueryClient({ retry: false })
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    )
    const { result, rerender } = renderHook(
      () => useQueriesData([{ queryKey: ['a'], queryFn: answer(1) }]),
      { wrapper },
    )
    await waitFor(() => expect(result.current.data).toEqual([{ value: 1 }]))
    const first = result.current.data
    rerender()
    expect(result.current.data).toBe(first)
    client.setQueryData(['a'], { value: 2 })
    await waitFor(() => expect(result.current.data).toEqual([{ value: 2 }]))
    expect(result.current.data).not.toBe(first)
  })
})
