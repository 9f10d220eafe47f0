/**
 * Labels of points (a scatter's country names, the claim rings' numbers) that never overlap
 * one another, the marks, or what else is drawn (line-end labels): each label tries spots
 * around its point, nearest first (right, left, above, below, then the corners), then the same
 * spots further out, where it gets a leader line to its point. The first free spot inside the
 * bounds wins; a label with no free spot is left out (the table and tooltip still name it)
 * rather than drawn over another. Greedy, in the order given. Pure.
 */
export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface LabelRequest {
  readonly id: string
  /** The point labelled (px). */
  readonly x: number
  readonly y: number
  /** Radius of its mark: the label keeps clear of it. */
  readonly radius: number
  readonly width: number
  readonly height: number
}

export interface PlacedLabel {
  readonly id: string
  readonly box: Box
  /** From the mark's edge to the label, when the label sits away from its point. */
  readonly leader: {
    readonly x1: number
    readonly y1: number
    readonly x2: number
    readonly y2: number
  } | null
}

export interface PlaceOptions {
  readonly bounds: Box
  /** Boxes already drawn that labels keep clear of (marks of every point are added). */
  readonly obstacles?: readonly Box[]
  /** Space kept between a label and its mark or anything else (px). */
  readonly gap?: number
  /** How far out a label may move, in steps of its own height. */
  readonly rings?: number
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  )
}

/** The box of a mark of radius r at (x, y). */
export function markBox(x: number, y: number, r: number): Box {
  return { x: x - r, y: y - r, width: 2 * r, height: 2 * r }
}

/** Spots for a label at distance d from its point: right, left, above, below, then corners. */
function spots(q: LabelRequest, d: number): Box[] {
  const { x, y, width: w, height: h } = q
  const right = x + d
  const left = x - d - w
  const middle = y - h / 2
  const above = y - d - h
  const below = y + d
  const centre = x - w / 2
  return [
    { x: right, y: middle, width: w, height: h },
    { x: left, y: middle, width: w, height: h },
    { x: centre, y: above, width: w, height: h },
    { x: centre, y: below, width: w, height: h },
    { x: right, y: above, width: w, height: h },
    { x: right, y: below, width: w, height: h },
    { x: left, y: above, width: w, height: h },
    { x: left, y: below, width: w, height: h },
  ]
}

/** The point of a box nearest to (x, y). */
function nearest(box: Box, x: number, y: number) {
  return {
    x: Math.max(box.x, Math.min(x, box.x + box.width)),
    y: Math.max(box.y, Math.min(y, box.y + box.height)),
  }
}

/** Places the labels in order; those without a free spot are not in the result. */
export function placeLabels(
  requests: readonly LabelRequest[],
  { bounds, obstacles = [], gap = 2, rings = 6 }: PlaceOptions,
): PlacedLabel[] {
  const marks = requests.map((q) => markBox(q.x, q.y, q.radius))
  const grow = (b: Box): Box => ({
    x: b.x - gap,
    y: b.y - gap,
    width: b.width + 2 * gap,
    height: b.height + 2 * gap,
  })
  const placed: PlacedLabel[] = []
  const free = (box: Box, self: number) => {
    const wide = grow(box)
    return (
      inside(box, bounds) &&
      !obstacles.some((o) => overlaps(wide, o)) &&
      !placed.some((p) => overlaps(wide, p.box)) &&
      // Clear of every mark; its own only has to be not covered (a spot at ring 0 is beside it).
      marks.every((m, i) => !overlaps(i === self ? box : wide, m))
    )
  }
  requests.forEach((q, self) => {
    for (let ring = 0; ring <= rings; ring++) {
      const d = q.radius + gap + ring * (q.height + gap)
      const box = spots(q, d).find((b) => free(b, self))
      if (!box) continue
      const to = nearest(box, q.x, q.y)
      const angle = Math.atan2(to.y - q.y, to.x - q.x)
      placed.push({
        id: q.id,
        box,
        // Beside its point, a label needs no line; further out, a line says whose it is.
        leader:
          ring === 0
            ? null
            : {
                x1: q.x + Math.cos(angle) * q.radius,
                y1: q.y + Math.sin(angle) * q.radius,
                x2: to.x,
                y2: to.y,
              },
      })
      return
    }
  })
  return placed
}
