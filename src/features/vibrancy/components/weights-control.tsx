/**
 * Weight sliders per pillar (and per indicator when expanded) and presets. Dragging re-ranks
 * live; the weights go to the URL with one history entry per gesture (a drag, or a run of key
 * presses): Back undoes the whole drag (src/lib/gesture-history). A preset is a discrete step
 * and pushes one.
 */
import { memo, useState } from 'react'
import { Label, Slider, SliderOutput, SliderThumb, SliderTrack } from 'react-aria-components'
import type { UpdateView } from '../../../domain/view'
import { INDEX_INDICATORS, PILLARS, type Weights } from '../model/composite-index'
import { activePreset, effectiveWeights, PRESETS } from '../model/presets'
import { createGestureHistory } from '../../../lib/gesture-history'
import { sameData } from '../../../lib/same-data'

function WeightSlider({
  id,
  label,
  weights,
  update,
}: {
  readonly id: string
  readonly label: string
  readonly weights: Weights
  readonly update: UpdateView
}) {
  const [gesture] = useState(createGestureHistory)
  // The pointer may be released anywhere (react-aria follows the drag on the window).
  const startDrag = () => {
    gesture.pointerDown()
    window.addEventListener('pointerup', gesture.pointerUp, { once: true })
    window.addEventListener('pointercancel', gesture.pointerUp, { once: true })
  }
  return (
    <Slider
      className="weight"
      minValue={0}
      maxValue={5}
      step={0.25}
      value={weights[id] ?? 1}
      onPointerDownCapture={startDrag}
      onChange={(v: number | number[]) => {
        const value = Array.isArray(v) ? (v[0] ?? 1) : v
        update({ weights: { ...weights, [id]: value } }, { history: gesture.change() })
      }}
      onChangeEnd={gesture.changeEnd}
    >
      <div className="weight__head">
        <Label className="weight__label">{label} weight</Label>
        <SliderOutput className="weight__value" />
      </div>
      <SliderTrack className="weight__track">
        <SliderThumb className="weight__thumb" onBlur={gesture.blur} />
      </SliderTrack>
    </Slider>
  )
}

function WeightsControlView({
  urlWeights,
  update,
  inputs,
}: {
  readonly urlWeights: Weights
  readonly update: UpdateView
  /** The inputs with figures in the view (their sliders); null = every declared input. */
  readonly inputs: readonly string[] | null
}) {
  const weights = effectiveWeights(urlWeights)
  const active = activePreset(urlWeights)
  return (
    <div className="weights" role="group" aria-label="Index weights">
      <div className="weights__presets" role="group" aria-label="Weight presets">
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className="button toggle"
            aria-pressed={active?.id === p.id}
            title={p.note}
            onClick={() =>
              update({ weights: p.id === 'equal' ? {} : p.weights }, { history: 'push' })
            }
          >
            {p.label}
          </button>
        ))}
      </div>
      <p className="weights__note muted">{active ? active.note : 'Custom weights.'}</p>
      {PILLARS.map((p) => (
        <WeightSlider key={p.id} id={p.id} label={p.label} weights={weights} update={update} />
      ))}
      <details className="weights__more">
        <summary>Weights of the indicators within each pillar</summary>
        {INDEX_INDICATORS.filter((i) => inputs === null || inputs.includes(i.id)).map((i) => (
          <WeightSlider key={i.id} id={i.id} label={i.label} weights={weights} update={update} />
        ))}
      </details>
    </div>
  )
}

/** Re-renders only when the weights change (not on every new figure of the index). */
export const WeightsControl = memo(WeightsControlView, sameData)
