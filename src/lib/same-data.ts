/**
 * Structural equality of chart props: plain objects and arrays compared member by member,
 * anything else (functions, class instances, React elements' owners) by identity. Lets a chart
 * skip its (costly) re-render when a parent recomputed the same figures into new arrays, as
 * happens on every filter change that does not touch that chart's data.
 */
function isPlain(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false
  const proto: unknown = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false
    return true
  }
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    for (const k of keys) if (!Object.hasOwn(b, k) || !sameData(a[k], b[k])) return false
    return true
  }
  return false
}
