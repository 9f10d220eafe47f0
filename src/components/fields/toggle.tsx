/** A toggle button (aria-pressed): on or off, named by its label. */
export function Toggle({
  label,
  pressed,
  onChange,
}: {
  readonly label: string
  readonly pressed: boolean
  readonly onChange: (on: boolean) => void
}) {
  return (
    <button
      type="button"
      className="button toggle"
      aria-pressed={pressed}
      onClick={() => onChange(!pressed)}
    >
      {label}
    </button>
  )
}
