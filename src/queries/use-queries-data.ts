/**
 * Several queries of one kind (an indicator in every edition, the index's inputs), with their
 * data as one array that keeps its identity while no answer changes, so it can be a memo
 * dependency: undefined while a query loads (or failed), null for a query that is off.
 *
 * "Off" is read from the options, never from the cache entry's state: another panel may have
 * asked the same key and failed, and a query this panel does not ask must not read as loading
 * because of it (issue 18: the open index stayed loading after Retry, waiting on three GVT
 * inputs it had switched off for the year, which the Research panel's request had failed).
 */
import { useQueries, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import { useState } from 'react'

/** Options whose `enabled`, where set, is a boolean (a function would be read as on). */
type Options<T, K extends QueryKey> = UseQueryOptions<T, Error, T, K>

export function useQueriesData<T, K extends QueryKey>(queries: readonly Options<T, K>[]) {
  const results = useQueries({ queries: [...queries] })
  const data = results.map((r, i) => (queries[i]?.enabled === false ? null : r.data))
  return { results, data: useSameItems(data) }
}

/** The previous array while every item is the same object (React's "value from last render"). */
function useSameItems<T>(items: readonly T[]): readonly T[] {
  const [kept, setKept] = useState(items)
  if (kept.length === items.length && kept.every((item, i) => item === items[i])) return kept
  setKept(items)
  return items
}
