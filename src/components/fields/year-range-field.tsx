/** A two-thumb year-range slider (react-aria-components Slider: arrow keys, Page Up/Down, Home/End). */
import { memo, useState } from 'react'
import { Label, Slider, SliderOutput, SliderThumb, SliderTrack } from 'react-aria-components'

interface YearRangeFieldProps {
  readonly min: number
  readonly max: number
  /** null = the whole span. */
  readonly value: readonly [number, number] | null
  readonly onChange: (range: readonly [number, number] | null) => void
}

function YearRangeFieldView({ min, max, value, onChange }: YearRangeFieldProps) {
  const committed: [number, number] = value
    ? [Math.max(min, value[0]), Math.min(max, value[1])]
    : [min, max]
  // Dragging updates locally; the filter (and the URL, and the queries) change on release.
  const [draft, setDraft] = useState<number[] | null>(null)
  return (
    <Slider
      className="field range"
      minValue={min}
      maxValue={max}
      value={draft ?? committed}
      onChange={(v) => setDraft(Array.isArray(v) ? v : [v, v])}
      onChangeEnd={(v) => {
        setDraft(null)
        const [a, b] = Array.isArray(v) ? v : [v, v]
        if (a === undefined || b === undefined) return
        onChange(a === min && b === max ? null : [a, b])
      }}
    >
      <div className="range__head">
        <Label className="field__label">Year range</Label>
        <SliderOutput className="range__output">
          {({ state }) => `${state.getThumbValue(0)}–${state.getThumbValue(1)}`}
        </SliderOutput>
      </div>
      <SliderTrack className="range__track">
        {({ state }) => (
          <>
            <div
              className="range__fill"
              style={{
                left: `${state.getThumbPercent(0) * 100}%`,
                width: `${(state.getThumbPercent(1) - state.getThumbPercent(0)) * 100}%`,
              }}
            />
            <SliderThumb index={0} className="range__thumb" aria-label="First year" />
            <SliderThumb index={1} className="range__thumb" aria-label="Last year" />
          </>
        )}
      </SliderTrack>
    </Slider>
  )
}

/**
 * react-aria's two-thumb slider is costly to render, and the bar re-renders on every filter
 * change: the range is compared by its years (a URL read gives a new array each time).
 */
export const YearRangeField = memo(
  YearRangeFieldView,
  (a, b) =>
    a.min === b.min &&
    a.max === b.max &&
    a.onChange === b.onChange &&
    a.value?.[0] === b.value?.[0] &&
    a.value?.[1] === b.value?.[1],
)
