/** The tooltip box every renderer uses: a title and lines of text (text from data, as text). */
export function ChartTip({
  title,
  lines,
}: {
  readonly title: string
  readonly lines: readonly string[]
}) {
  return (
    <div className="chart-tip">
      <p className="chart-tip__title">{title}</p>
      {lines.map((l, i) => (
        <p key={`${i}-${l}`}>{l}</p>
      ))}
    </div>
  )
}

/** Room for a label of `text` at `fontSize` px (0.6 em per character: Arial's average, generous). */
export function labelWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6)
}

/** Index of the last non-null value (where a line's direct label goes); -1 when none. */
export function lastIndex(values: readonly (number | null)[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return i
  return -1
}

/** Where recharts first lays a chart out before it has measured its box (jsdom, first paint). */
export const INITIAL_SIZE = { width: 800, height: 360 } as const
