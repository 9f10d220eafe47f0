/**
 * A stable function that always calls the latest `fn`. For event handlers handed to memoised
 * controls: the control does not re-render because its parent made a new arrow function.
 * Not for functions called during render (the latest `fn` is committed after render).
 */
import { useCallback, useLayoutEffect, useRef } from 'react'

export function useEventCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  return useCallback((...args: A) => latest.current(...args), [])
}
