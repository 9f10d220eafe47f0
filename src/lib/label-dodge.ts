/**
 * Labels in one column that never overlap (line-end labels): each label wants its centre at a
 * position (the end of its line); labels that would overlap are grouped and the group is
 * centred on the mean of what its members want, which moves labels as little as possible in
 * total (least squares) while keeping their order. Groups are kept inside [min, max]. Pure.
 */
export interface DodgeItem {
  readonly id: string
  /** Where the label's centre should be (px). */
  readonly at: number
  /** The label's extent along the column (px), its gap to the next included. */
  readonly size: number
}

interface Group {
  readonly items: DodgeItem[]
  /** Position of the group's first edge. */
  start: number
  readonly size: number
}

function centred(items: DodgeItem[]): Group {
  const size = items.reduce((s, i) => s + i.size, 0)
  // The start that minimises the squared moves: the mean of each item's wanted start.
  let offset = 0
  let sum = 0
  for (const item of items) {
    sum += item.at - item.size / 2 - offset
    offset += item.size
  }
  return { items, start: sum / items.length, size }
}

/**
 * Centre of each label after dodging, by id. When the labels together are longer than the
 * column, they start at `min` and run past `max` (never on top of each other).
 */
export function dodge(
  items: readonly DodgeItem[],
  bounds: { readonly min: number; readonly max: number },
): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
  const clamp = (g: Group) => {
    g.start = Math.max(bounds.min, Math.min(g.start, bounds.max - g.size))
    return g
  }
  const groups: Group[] = []
  for (const item of sorted) {
    let group = clamp(centred([item]))
    // Merge backwards while the new group overlaps the one before it.
    for (;;) {
      const previous = groups.at(-1)
      if (!previous || previous.start + previous.size <= group.start) break
      groups.pop()
      group = clamp(centred([...previous.items, ...group.items]))
    }
    groups.push(group)
  }
  const out = new Map<string, number>()
  for (const g of groups) {
    let edge = g.start
    for (const item of g.items) {
      out.set(item.id, edge + item.size / 2)
      edge += item.size
    }
  }
  return out
}
